import { timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';

/** Name of the dashboard's session cookie. */
export const SESSION_COOKIE = 'relance_session';

/** The session secret a request's Cookie header carries, if any. */
export function sessionSecretOf(req: Request): string | null {
  const header = req.get('cookie');
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = part.slice(eq + 1).trim();
    return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
  }
  return null;
}

/** Sets the session cookie: httpOnly, SameSite=Lax, Secure whenever the request came over HTTPS. */
export function setSessionCookie(req: Request, res: Response, secret: string, expiresAt: string) {
  res.cookie(SESSION_COOKIE, secret, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

/** Clears the session cookie. */
export function clearSessionCookie(req: Request, res: Response) {
  res.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    secure: req.secure,
    path: '/',
  });
}

/** Compares a sent CSRF token with the session's in constant time. */
export function csrfMatches(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
