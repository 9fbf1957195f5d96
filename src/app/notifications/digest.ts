/**
 * The daily digest of one user: the sections (digest-sections.ts) of what their units must chase, rendered as
 * plain text and simple HTML in Vietnamese. Visible in the app (GET /notifications/digest); mailed only when an
 * administrator configured SMTP (mailer.ts). A user with nothing to chase gets no e-mail.
 */
import type { Actor } from '../../domain/access.ts';
import type { Store } from '../../store/db.ts';
import { DIGEST_SECTIONS, type DigestSection } from './digest-sections.ts';

export interface Digest {
  date: string;
  subject: string;
  sections: DigestSection[];
  /** Items in all sections. */
  total: number;
  text: string;
  html: string;
}

const vnDate = (iso: string): string => {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}/${Number(m)}/${y}`;
};

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

export async function buildDigest(store: Store, actor: Actor, today: string, options: { baseUrl?: string; name?: string } = {}): Promise<Digest> {
  const sections: DigestSection[] = [];
  for (const produce of DIGEST_SECTIONS) sections.push(...(await produce(store, actor, { today })));
  const total = sections.reduce((n, s) => n + s.count, 0);
  const subject = `[DX-IOC] Bản tin đôn đốc ngày ${vnDate(today)}: ${total} việc cần theo dõi`;
  return { date: today, subject, sections, total, ...render(sections, today, options) };
}

function render(sections: readonly DigestSection[], today: string, options: { baseUrl?: string; name?: string }): { text: string; html: string } {
  const base = (options.baseUrl ?? '').replace(/\/$/, '');
  const greeting = `Kính gửi ${options.name ?? 'anh/chị'},`;
  const intro = `Bản tin đôn đốc ngày ${vnDate(today)} của Trung tâm điều hành chuyển đổi số.`;
  const text = [greeting, '', intro, ''];
  const html = [`<p>${escapeHtml(greeting)}</p>`, `<p>${escapeHtml(intro)}</p>`];
  for (const s of sections) {
    text.push(`${s.title}: ${s.count}`);
    html.push(`<h2 style="font-size:16px">${escapeHtml(s.title)}: ${s.count}</h2>`);
    if (s.items.length === 0) {
      text.push('  (không có)', '');
      html.push('<p>Không có.</p>');
      continue;
    }
    html.push('<ul>');
    for (const item of s.items) {
      text.push(`  - ${item.title}`, `    ${item.detail}${base ? ` — ${base}${item.link}` : ''}`);
      const title = base ? `<a href="${escapeHtml(base + item.link)}">${escapeHtml(item.title)}</a>` : escapeHtml(item.title);
      html.push(`<li>${title}<br><small>${escapeHtml(item.detail)}</small></li>`);
    }
    if (s.count > s.items.length) text.push(`  … và ${s.count - s.items.length} việc khác`);
    html.push('</ul>');
    text.push('');
  }
  text.push('Thư gửi tự động từ DX-IOC; không trả lời thư này.');
  html.push('<p style="color:#666">Thư gửi tự động từ DX-IOC; không trả lời thư này.</p>');
  return { text: text.join('\n'), html: `<!doctype html><html lang="vi"><body>${html.join('\n')}</body></html>` };
}
