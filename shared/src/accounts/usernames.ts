/**
 * Sign-in names and passwords: the rules the server enforces and the admin form checks before sending,
 * so both say the same thing.
 */

/** Usernames are case-insensitive: stored and compared trimmed and in lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** 2–64 characters of a–z, 0–9, `.`, `_`, `@`, `-`, starting with a letter or digit. */
const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;

/** Whether `username`, once normalized, is an acceptable username. */
export function isValidUsername(username: string): boolean {
  return USERNAME_PATTERN.test(normalizeUsername(username));
}

export const USERNAME_MAX_LENGTH = 64;
export const PASSWORD_MIN_LENGTH = 8;
