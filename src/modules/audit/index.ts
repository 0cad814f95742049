export { recordAudit, browseAudit, type AuditEvent } from './audit.service.ts';
export { auditRoutes } from './audit.routes.ts';
