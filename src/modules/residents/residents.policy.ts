import { AppError } from '../../lib/errors/index.ts';
import type { Actor } from '../../lib/scope.ts';
import { can } from '../users/index.ts';

/** Personal records are for the staff who serve people; everyone else sees counts. */
export function assertMayReadPersons(actor: Actor): void {
  if (!can(actor.role, 'persons.read')) throw new AppError('forbidden', 'auth.forbidden');
}

export function assertMayWritePersons(actor: Actor): void {
  if (!can(actor.role, 'persons.write')) throw new AppError('forbidden', 'auth.forbidden');
}
