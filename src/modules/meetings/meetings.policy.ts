import { AppError } from '../../lib/errors/index.ts';
import type { Actor } from '../../lib/scope.ts';
import { can } from '../users/index.ts';
import { type Area, isResponsible, scopeContainsArea } from './meetings.area.ts';

/** The role check alone: who keeps minutes at all (secretariats, the national HQ, admins). */
export function assertMayKeepMinutes(actor: Actor): void {
  if (!can(actor.role, 'meetings.write')) throw new AppError('forbidden', 'auth.forbidden');
}

/** Keeping a body's minutes needs the role and a scope that contains the body's whole area. */
export function assertMayWriteArea(actor: Actor, area: Area): void {
  assertMayKeepMinutes(actor);
  if (!scopeContainsArea(actor.scope, area)) throw new AppError('forbidden', 'auth.out_of_scope');
}

export function mayWriteArea(actor: Actor, area: Area): boolean {
  return can(actor.role, 'meetings.write') && scopeContainsArea(actor.scope, area);
}

/** Follow-ups come from the responsible agencies' own staff, nobody else. */
export function mayFollowUp(actor: Actor, resolution: { leadAgencyCode: string; coAgencyCodes: readonly string[] }): boolean {
  return can(actor.role, 'resolutions.follow_up') && isResponsible(actor, resolution);
}

export function assertMayFollowUp(actor: Actor, resolution: { leadAgencyCode: string; coAgencyCodes: readonly string[] }): void {
  if (!mayFollowUp(actor, resolution)) throw new AppError('forbidden', 'resolutions.not_responsible');
}
