import { AppError } from '../../lib/errors/index.ts';
import { type Actor, type Place, scopeCovers } from '../../lib/scope.ts';
import { can } from '../users/index.ts';

/**
 * May this actor create, change or delete a neighbourhood at this place? A role without the
 * permission, or a place outside the actor's scope, is refused with 403 (an action, not a record:
 * records outside the scope are already invisible and answer 404).
 */
export function assertMayWriteNeighborhood(actor: Actor, place: Place): void {
  if (!can(actor.role, 'neighborhoods.write')) throw new AppError('forbidden', 'auth.forbidden');
  if (!scopeCovers(actor.scope, place)) throw new AppError('forbidden', 'auth.out_of_scope');
}

/** The role check alone, before the place is known. */
export function assertMayWriteAnyNeighborhood(actor: Actor): void {
  if (!can(actor.role, 'neighborhoods.write')) throw new AppError('forbidden', 'auth.forbidden');
}

export function assertMaySetQuota(actor: Actor, provinceCode: string): void {
  if (!can(actor.role, 'provinces.quota')) throw new AppError('forbidden', 'auth.forbidden');
  if (actor.scope.level !== 'country' && !(actor.scope.level === 'province' && actor.scope.codes.includes(provinceCode))) {
    throw new AppError('forbidden', 'auth.out_of_scope');
  }
}

/** Agency staff may open and close only their own agency's houses. */
export function assertMayWriteHouse(actor: Actor, place: Place, agencyCode: string): void {
  if (!can(actor.role, 'houses.write')) throw new AppError('forbidden', 'auth.forbidden');
  if (!scopeCovers(actor.scope, place)) throw new AppError('forbidden', 'auth.out_of_scope');
  if (actor.role === 'agency_staff' && actor.agencyCode !== agencyCode) throw new AppError('forbidden', 'auth.forbidden');
}
