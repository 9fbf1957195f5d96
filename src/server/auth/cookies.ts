/** The session cookie: HTTP-only, SameSite=Lax, Path=/, Secure over https or when DX_IOC_SECURE_COOKIES=1. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CookieSerializeOptions } from '@fastify/cookie';
import { SESSION_ABSOLUTE_MS } from '../../store/auth-sessions.ts';

export const SESSION_COOKIE = 'dxioc_session';

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
