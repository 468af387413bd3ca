import bcrypt from 'bcryptjs';
import { PASSWORD_MIN_LENGTH as MIN_LENGTH } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';

/** ~60–100 ms per hash on these machines: slow for guessing, fine for signing in. */
export const BCRYPT_COST = 10;

/** bcrypt reads at most 72 bytes; longer passwords would silently be truncated. */
const MAX_BYTES = 72;

export function validateNewPassword(password: string): void {
  if (password.length < MIN_LENGTH) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `密码至少 ${MIN_LENGTH} 个字符。The password needs at least ${MIN_LENGTH} characters.`);
  }
  if (Buffer.byteLength(password, 'utf8') > MAX_BYTES) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `密码最长 ${MAX_BYTES} 字节。The password may have at most ${MAX_BYTES} bytes.`);
  }
}

export async function hashPassword(password: string): Promise<string> {
  validateNewPassword(password);
  return bcrypt.hash(password, BCRYPT_COST);
}

/** Compared against when the user does not exist, so both cases take the same time. */
const DUMMY_HASH = bcrypt.hashSync('not-a-real-password', BCRYPT_COST);

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  if (Buffer.byteLength(password, 'utf8') > MAX_BYTES) {
    await bcrypt.compare('x', DUMMY_HASH);
    return false;
  }
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && hash !== null;
}
