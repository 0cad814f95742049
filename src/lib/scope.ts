/** The roles of DESIGN.md §1. */
export const roles = ['admin', 'national_hq', 'province_secretariat', 'agency_staff', 'house_staff', 'budget_office', 'viewer'] as const;
export type Role = (typeof roles)[number];

/** How far a user's view reaches: the whole country, or listed provinces, counties or neighbourhoods. */
export const scopeLevels = ['country', 'province', 'county', 'neighborhood'] as const;
export type ScopeLevel = (typeof scopeLevels)[number];

export interface Scope {
  level: ScopeLevel;
  /** Province codes, county codes or neighbourhood codes, by level; empty for the country. */
  codes: string[];
}

/** The signed-in user as every service sees it. */
export interface Actor {
  userId: number;
  username: string;
  role: Role;
  scope: Scope;
  agencyCode: string | null;
}

/** Who did something and from where: what services need to authorise and audit a write. */
export interface RequestContext {
  actor: Actor;
  ip: string | null;
}

/** Where a record sits, for deciding whether a scope covers it. */
export interface Place {
  provinceCode: string;
  countyCode: string;
  neighborhoodCode?: string;
}

/** True when the scope covers a place. */
export function scopeCovers(scope: Scope, place: Place): boolean {
  switch (scope.level) {
    case 'country':
      return true;
    case 'province':
      return scope.codes.includes(place.provinceCode);
    case 'county':
      return scope.codes.includes(place.countyCode);
    case 'neighborhood':
      return place.neighborhoodCode !== undefined && scope.codes.includes(place.neighborhoodCode);
  }
}
