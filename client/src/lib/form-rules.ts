import { PASSWORD_MIN_LENGTH } from '@scorecard/shared';

/** Keys under `form.problems` in the i18n files, one per way a field can be wrong. */
export type Problem = 'required' | 'usernameFormat' | 'unitRequired' | 'passwordShort' | 'passwordMismatch';
export type Problems<K extends string> = Partial<Record<K, Problem>>;

/** A new password and its repetition, checked before sending (the server checks the same length). */
export function passwordProblems(password: string, repeat: string): Problems<'password' | 'repeat'> {
  if (password.length < PASSWORD_MIN_LENGTH) return { password: 'passwordShort' };
  if (password !== repeat) return { repeat: 'passwordMismatch' };
  return {};
}
