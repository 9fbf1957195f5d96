/**
 * What a user's fields must be: a login name of 2–64 characters a-z, 0-9, ".", "_", "-" (compared lower-case),
 * a role of USER_ROLES, a password long enough (domain/password.ts), and a unit scope for approvers and
 * reporters. Each refusal is a field error naming the field.
 */
import { passwordProblem } from '../../domain/password.ts';
import { isUserRole, normaliseUsername, USER_ROLES, type UserRole } from '../../store/auth/users.ts';
import { fieldError } from './field-error.ts';

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** The normalised login name, or a field error. */
export function checkUsername(username: string): string {
  const name = normaliseUsername(username);
  if (!USERNAME.test(name)) {
    throw fieldError(
      'username',
      `Tên đăng nhập "${username}" không hợp lệ: 2–64 ký tự a-z, 0-9, dấu chấm, gạch dưới, gạch ngang / invalid username: 2–64 characters a-z, 0-9, ".", "_", "-"`,
    );
  }
  return name;
}

export function checkRole(role: string): UserRole {
  if (!isUserRole(role)) throw fieldError('role', `Vai trò "${role}" không hợp lệ (--role): ${USER_ROLES.join(', ')} / invalid role`);
  return role;
}

export function checkPassword(password: string): void {
  const problem = passwordProblem(password);
  if (problem) throw fieldError('password', `Mật khẩu không dùng được: ${problem}`);
}

/** Approvers and reporters act on their units only, so they need at least one. */
export const needsUnits = (role: string): boolean => role === 'approver' || role === 'reporter';
