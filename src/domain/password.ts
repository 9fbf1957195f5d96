/**
 * Password hashing with scrypt (memory-hard), stored as a self-describing string
 * `scrypt$N$r$p$salt$hash` (salt and hash in base64), so the cost can be raised later without
 * breaking stored hashes. Verification compares in constant time.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 1024;

/** N = 2^15, r = 8, p = 1: 32 MiB and ~0.1 s per hash. */
const DEFAULT_COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCallback(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** Memory scrypt needs for these parameters, with headroom (Node's default cap is 32 MiB). */
function maxmemFor(N: number, r: number, p: number): number {
  return 128 * N * r * (p + 1) + 16 * 1024 * 1024;
}

/** The reason a password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length === 0) return 'mật khẩu trống / the password is empty';
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự / the password must have at least ${PASSWORD_MIN_LENGTH} characters`;
  }
  if (password.length > PASSWORD_MAX_LENGTH) return `mật khẩu dài quá ${PASSWORD_MAX_LENGTH} ký tự / the password is too long`;
  return null;
}

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = DEFAULT_COST;
  const salt = randomBytes(SALT_LENGTH);
  const key = await scrypt(password, salt, KEY_LENGTH, { N, r, p, maxmem: maxmemFor(N, r, p) });
  return `scrypt$${N}$${r}$${p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const sane =
    Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0 && N <= 2 ** 20 && Number.isInteger(r) && r >= 1 && r <= 32 && Number.isInteger(p) && p >= 1 && p <= 16;
  if (!sane) return null;
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  if (salt.length < 8 || key.length < 16) return null;
  return { N, r, p, salt, key };
}

/** True when `password` matches the stored hash; false for a wrong password or an unreadable hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const { N, r, p, salt, key } = parsed;
  const candidate = await scrypt(password, salt, key.length, { N, r, p, maxmem: maxmemFor(N, r, p) });
  return timingSafeEqual(candidate, key);
}

let dummyHash: Promise<string> | null = null;

/** Spends the same time as checking a real password, for logins with an unknown username. Always false. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  await verifyPassword(password, await dummyHash);
  return false;
}
