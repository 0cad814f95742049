export { usersRoutes } from './users.routes.ts';
export { sessionPlugin, sessionCookieName } from './users.session.ts';
export { createUser, updateUser, findUserByUsername, listAllUsers, countUsers, purgeExpiredSessions, activeActorsOfAgencies } from './users.service.ts';
export { generatePassword } from './users.passwords.ts';
export { can, permissionsOf } from './users.policy.ts';
export type { User, CreateUserBody, Permission } from './users.schemas.ts';
