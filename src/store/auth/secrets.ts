/** Random secrets (session ids, device cookies, API tokens), the hash under which they are stored, and secrets derived from them. */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url (43 characters), with an optional readable prefix. */
export function newSecret(prefix = ''): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

/** sha256 (hex): enough for high-entropy secrets, which need no salt or slow hash. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/**
 * A second secret computed from a high-entropy one: HMAC-SHA256 keyed by `secret` over `label` (base64url, 43
 * characters). Only a holder of `secret` can compute it; neither it nor `secret` follows from the other or
 * from `hashSecret(secret)`, and each label gives an unrelated value.
 */
export function deriveSecret(secret: string, label: string): string {
  return createHmac('sha256', secret).update(label, 'utf8').digest('base64url');
}
