import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'scorecard_session';

/** httpOnly (no script reads it), SameSite=Lax, Secure when the request came over https. */
export function setSessionCookie(req: Request | null, res: Response | null, token: string): void {
  res?.cookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: req?.secure ?? false, path: '/' });
}

export function clearSessionCookie(req: Request | null, res: Response | null): void {
  res?.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure: req?.secure ?? false, path: '/' });
}
