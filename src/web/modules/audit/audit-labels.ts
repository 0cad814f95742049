import type { MessageKey } from '../../i18n/fa.ts';
import type { Translate } from '../../i18n/translate.ts';

/** Actions and entities the server records today; others are shown as recorded. */
export const auditActions = ['create', 'update', 'update_with_password', 'delete', 'read', 'link', 'move', 'set_quota', 'login', 'logout', 'export', 'import', 'detect', 'dismiss', 'merge', 'merge_undo'] as const;
export const auditEntities = [
  'neighborhood',
  'house',
  'province',
  'package',
  'user',
  'person',
  'household',
  'body',
  'meeting',
  'resolution',
  'resolution_review',
  'follow_up',
  'attachment',
  'duplicate_candidate',
  'duplicate_candidates',
  'import_job',
] as const;

function labelOr(t: Translate, key: string, fallback: string): string {
  return isKey(key) ? t(key) : fallback;
}

function isKey(key: string): key is MessageKey {
  return (auditActions as readonly string[]).some((a) => key === `auditAction.${a}`) || (auditEntities as readonly string[]).some((e) => key === `auditEntity.${e}`);
}

export function actionLabel(t: Translate, action: string): string {
  return labelOr(t, `auditAction.${action}`, action);
}

export function entityLabel(t: Translate, entity: string): string {
  return labelOr(t, `auditEntity.${entity}`, entity);
}
