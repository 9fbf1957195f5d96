/**
 * Sending the daily digest by e-mail, only when an administrator configured SMTP: DXIOC_SMTP_URL (smtp://host:port,
 * smtps://user:pass@host:465…) and DXIOC_MAIL_FROM. Without them the digest stays in the app and nothing is sent.
 * Each enabled user with an e-mail and something to chase gets one message; the send is audited.
 */
import nodemailer from 'nodemailer';
import type { Actor } from '../../domain/access.ts';
import { AppError } from '../../domain/errors.ts';
import type { Store } from '../../store/db.ts';
import { writeAudit } from '../../store/audit.ts';
import { authorize } from '../policy.ts';
import { buildDigest } from './digest.ts';
import { loadRecipients } from './recipients.ts';

export interface MailSettings {
  url: string;
  from: string;
  /** The web app's address, for links in the message (DXIOC_PUBLIC_URL). */
  baseUrl?: string;
}

/** The SMTP settings from the environment, or null when not configured. */
export function mailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): MailSettings | null {
  const url = env.DXIOC_SMTP_URL?.trim();
  const from = env.DXIOC_MAIL_FROM?.trim();
  if (!url || !from) return null;
  return { url, from, ...(env.DXIOC_PUBLIC_URL ? { baseUrl: env.DXIOC_PUBLIC_URL } : {}) };
}

export interface DigestRun {
  date: string;
  /** Whether SMTP is configured (else `sent` is empty and nothing left the machine). */
  configured: boolean;
  sent: Array<{ username: string; email: string; total: number }>;
  /** Users with something to chase but no e-mail address. */
  withoutEmail: string[];
  failed: Array<{ username: string; error: string }>;
}

/** Builds every user's digest and, when `send` and SMTP is configured, mails it (admins only). */
export async function runDigest(
  store: Store,
  actor: Actor,
  options: { today: string; send: boolean; settings: MailSettings | null; now?: Date },
): Promise<DigestRun> {
  authorize(actor, 'manage');
  const run: DigestRun = { date: options.today, configured: options.settings !== null, sent: [], withoutEmail: [], failed: [] };
  if (options.send && !options.settings) {
    const message = 'chưa cấu hình máy chủ thư (DXIOC_SMTP_URL, DXIOC_MAIL_FROM) / SMTP is not configured';
    throw new AppError('VALIDATION_FAILED', `Dữ liệu không hợp lệ ở "send": ${message}`, [{ field: 'send', message }]);
  }
  const transport = options.send && options.settings ? nodemailer.createTransport(options.settings.url) : null;
  try {
    for (const r of await loadRecipients(store.db)) {
      const digest = await buildDigest(store, r.actor, options.today, {
        ...(options.settings?.baseUrl ? { baseUrl: options.settings.baseUrl } : {}),
        name: r.displayName ?? r.username,
      });
      if (digest.total === 0) continue;
      if (!r.email) {
        run.withoutEmail.push(r.username);
        continue;
      }
      if (!transport || !options.settings) continue;
      try {
        await transport.sendMail({ from: options.settings.from, to: r.email, subject: digest.subject, text: digest.text, html: digest.html });
        run.sent.push({ username: r.username, email: r.email, total: digest.total });
      } catch (error) {
        run.failed.push({ username: r.username, error: error instanceof Error ? error.message : String(error) });
      }
    }
  } finally {
    transport?.close();
  }
  if (transport)
    await writeAudit(
      store.db,
      [
        {
          actor: { name: actor.name, kind: actor.kind },
          source: 'digest',
          entity: 'digest',
          entityKey: options.today,
          action: 'send',
          after: { sent: run.sent.length, failed: run.failed.length },
        },
      ],
      options.now,
    );
  return run;
}
