import type { FieldError } from '../../../lib/errors/index.ts';
import type { Role, ScopeLevel } from '../../../lib/scope.ts';
import type { User } from '../../../modules/users/users.schemas.ts';
import type { FormInput } from '../../forms/useZodForm.ts';

export interface UserFormValues {
  username: string;
  displayName: string;
  password: string;
  role: Role | '';
  agencyCode: string;
  scopeLevel: ScopeLevel;
  scopeCodes: string[];
  active: boolean;
}

export const emptyUserValues: UserFormValues = {
  username: '',
  displayName: '',
  password: '',
  role: '',
  agencyCode: '',
  scopeLevel: 'country',
  scopeCodes: [],
  active: true,
};

export function valuesFromUser(user: User): UserFormValues {
  return {
    username: user.username,
    displayName: user.displayName,
    password: '',
    role: user.role,
    agencyCode: user.agencyCode ?? '',
    scopeLevel: user.scope.level,
    scopeCodes: [...user.scope.codes],
    active: user.active,
  };
}

/** Roles that work for one agency (the server insists on an agency for them). */
export const rolesWithAgency: readonly Role[] = ['agency_staff', 'house_staff'];

/** How a scope level reads in the UI's language («استان», "Province"). */
export type LevelLabel = (level: ScopeLevel) => string;

/** The server's rules that the schema does not express, checked before saving. */
function crossFieldErrors(values: UserFormValues, levelLabel: LevelLabel): FieldError[] {
  const errors: FieldError[] = [];
  if (!values.role) errors.push({ path: 'role', code: 'field.required' });
  if (values.scopeLevel !== 'country' && values.scopeCodes.length === 0) {
    errors.push({ path: 'scope.codes', code: 'users.scope_codes_required', params: { level: levelLabel(values.scopeLevel) } });
  }
  if (values.password && values.password === values.username) errors.push({ path: 'password', code: 'users.weak_password' });
  if (values.role && rolesWithAgency.includes(values.role) && !values.agencyCode) errors.push({ path: 'agencyCode', code: 'users.agency_required' });
  return errors;
}

function scopeOf(values: UserFormValues) {
  return { level: values.scopeLevel, codes: values.scopeLevel === 'country' ? [] : values.scopeCodes };
}

export const createUserInput = (levelLabel: LevelLabel) => (values: UserFormValues): FormInput => ({
  input: {
    username: values.username,
    displayName: values.displayName,
    password: values.password,
    role: values.role || undefined,
    scope: scopeOf(values),
    agencyCode: values.agencyCode || null,
  },
  errors: crossFieldErrors(values, levelLabel),
});

export const updateUserInput = (levelLabel: LevelLabel) => (values: UserFormValues): FormInput => ({
  input: {
    displayName: values.displayName,
    password: values.password === '' ? undefined : values.password,
    role: values.role || undefined,
    scope: scopeOf(values),
    agencyCode: values.agencyCode || null,
    active: values.active,
  },
  errors: crossFieldErrors(values, levelLabel),
});

/** Error paths (`scope.codes`) to the form field that shows them. */
export function userFieldOfPath(path: string): keyof UserFormValues & string {
  if (path.startsWith('scope.codes')) return 'scopeCodes';
  if (path.startsWith('scope')) return 'scopeLevel';
  return (path.split('.')[0] ?? path) as keyof UserFormValues & string;
}
