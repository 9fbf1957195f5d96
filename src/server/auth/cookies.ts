/**
 * The cookies: the session (HTTP-only, SameSite=Lax, Path=/) and the device cookie of a browser that has signed
 * in (HTTP-only, SameSite=Strict, sent to the login route only, 90 days); both Secure over https or when
 * DX_IOC_SECURE_COOKIES=1.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { DEVICE_LIFETIME_MS, SESSION_ABSOLUTE_MS } from '../../app/auth/session.ts';

export const SESSION_COOKIE = 'dxioc_session';
export const DEVICE_COOKIE = 'dxioc_device';
/** The device cookie is only ever read by the login route. */
const DEVICE_COOKIE_PATH = '/api/v1/auth/login';

function cookieOptions(request: FastifyRequest): CookieSerializeOptions {
  const secure = request.protocol === 'https' || process.env.DX_IOC_SECURE_COOKIES === '1';
  return { path: '/', httpOnly: true, sameSite: 'lax', secure };
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string): void {
  void reply.setCookie(SESSION_COOKIE, sessionId, { ...cookieOptions(request), maxAge: Math.floor(SESSION_ABSOLUTE_MS / 1000) });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, cookieOptions(request));
}

/** Set (again) after each successful login, so the 90 days count from the latest one. */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(DEVICE_COOKIE, token, {
    ...cookieOptions(request),
    path: DEVICE_COOKIE_PATH,
    sameSite: 'strict',
    maxAge: Math.floor(DEVICE_LIFETIME_MS / 1000),
  });
}
