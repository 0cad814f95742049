import type { Role } from '../../lib/scope.ts';
import type { Permission } from './users.schemas.ts';

const permissionsByRole: Record<Role, readonly Permission[]> = {
  // Personal records: only admins and the staff who serve people (agencies, houses) see them;
  // headquarters, the budget office and viewers see counts.
  admin: ['neighborhoods.write', 'houses.write', 'provinces.quota', 'packages.write', 'users.manage', 'audit.read', 'export', 'meetings.write', 'persons.read', 'persons.write', 'persons.national_id', 'persons.merge'],
  national_hq: ['neighborhoods.write', 'houses.write', 'provinces.quota', 'packages.write', 'export', 'meetings.write', 'resolutions.follow_up'],
  // A secretariat is itself a responsible party (the seed's resolutions fall to it).
  province_secretariat: ['neighborhoods.write', 'houses.write', 'provinces.quota', 'export', 'meetings.write', 'resolutions.follow_up'],
  agency_staff: ['houses.write', 'export', 'resolutions.follow_up', 'persons.read', 'persons.write'],
  // Field workers match people by national ID, so they see them whole in lists.
  house_staff: ['export', 'resolutions.follow_up', 'persons.read', 'persons.write', 'persons.national_id', 'persons.merge'],
  budget_office: ['export'],
  viewer: [],
};

/** What a role may do, independent of scope (scope is checked against each record). */
export function permissionsOf(role: Role): readonly Permission[] {
  return permissionsByRole[role];
}

export function can(role: Role, permission: Permission): boolean {
  return permissionsByRole[role].includes(permission);
}
