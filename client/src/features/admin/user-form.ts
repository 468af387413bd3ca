import { isValidUsername, normalizeUsername } from '@scorecard/shared';
import type { AdminUserFragment, CreateUserInput, Role, UpdateUserInput } from '@/api/generated/graphql';
import { passwordProblems, type Problems } from '@/lib/form-rules';

export type AdminUser = AdminUserFragment;

export const ROLES: readonly Role[] = ['LEADER', 'UNIT', 'ASSESSOR', 'ADMIN', 'INGEST'];

export interface NewUserForm {
  username: string;
  displayName: string;
  role: Role | '';
  unitCode: string;
  password: string;
  repeat: string;
}

export function emptyNewUser(): NewUserForm {
  return { username: '', displayName: '', role: '', unitCode: '', password: '', repeat: '' };
}

export function newUserProblems(form: NewUserForm): Problems<keyof NewUserForm> {
  const problems: Problems<keyof NewUserForm> = {};
  const username = normalizeUsername(form.username);
  if (!username) problems.username = 'required';
  else if (!isValidUsername(username)) problems.username = 'usernameFormat';
  if (!form.role) problems.role = 'required';
  if (form.role === 'UNIT' && !form.unitCode) problems.unitCode = 'unitRequired';
  return { ...problems, ...passwordProblems(form.password, form.repeat) };
}

/** Only a UNIT user carries a unit; an empty display name lets the server use the username. */
export function toCreateInput(form: NewUserForm & { role: Role }): CreateUserInput {
  return {
    username: normalizeUsername(form.username),
    displayName: form.displayName.trim() || null,
    role: form.role,
    unitCode: form.role === 'UNIT' ? form.unitCode : null,
    password: form.password,
  };
}

export interface EditUserForm {
  displayName: string;
  role: Role;
  unitCode: string;
  disabled: boolean;
}

export function editFormFor(user: AdminUser): EditUserForm {
  return { displayName: user.displayName, role: user.role, unitCode: user.unit?.code ?? '', disabled: user.disabled };
}

export function editProblems(form: EditUserForm): Problems<keyof EditUserForm> {
  const problems: Problems<keyof EditUserForm> = {};
  if (!form.displayName.trim()) problems.displayName = 'required';
  if (form.role === 'UNIT' && !form.unitCode) problems.unitCode = 'unitRequired';
  return problems;
}

/**
 * Only what changed ("only the fields given change" on the server). The unit is sent whenever the user is
 * (or becomes) a UNIT user with a different unit; leaving the UNIT role drops the unit on the server.
 */
export function userChanges(user: AdminUser, form: EditUserForm): UpdateUserInput {
  const changes: UpdateUserInput = {};
  const displayName = form.displayName.trim();
  if (displayName && displayName !== user.displayName) changes.displayName = displayName;
  if (form.role !== user.role) changes.role = form.role;
  if (form.role === 'UNIT' && form.unitCode !== (user.unit?.code ?? '')) changes.unitCode = form.unitCode;
  if (form.disabled !== user.disabled) changes.disabled = form.disabled;
  return changes;
}

/** Case-insensitive match on username, display name, unit code or name, and the role's label. */
export function filterUsers(
  users: readonly AdminUser[],
  search: string,
  roleLabel: (role: Role) => string = (role) => role,
): AdminUser[] {
  const needle = search.trim().toLowerCase();
  if (!needle) return [...users];
  return users.filter((user) =>
    [user.username, user.displayName, user.unit?.code, user.unit?.name, user.role, roleLabel(user.role)].some(
      (field) => field != null && field.toLowerCase().includes(needle),
    ),
  );
}

/** The edit lost a race: someone else saved this user since it was loaded. */
export function isStaleVersion(error: { code: string }): boolean {
  return error.code === 'STALE_VERSION';
}
