/**
 * Sign-in accounts for the DEMO database only (`dx-ioc demo`, `serve --demo`), so `npm start` can be
 * tried at once: one per role, all with the same published password. Never for real data. Created by the
 * admin use case (app/auth/users.ts) as the demo's actor, so each is in the audit trail (via `dx-ioc demo`).
 */
import type { Store } from '../../store/db.ts';
import { findUserRow, type UserRole } from '../../store/auth/users.ts';
import { addUser } from '../auth/users.ts';
import { DEMO_ACTOR } from './record-figures.ts';

export const DEMO_PASSWORD = 'dxioc-demo-2025';

export const DEMO_USERS: Array<{ username: string; role: UserRole; units: string[]; displayName: string }> = [
  { username: 'admin', role: 'admin', units: [], displayName: 'Quản trị (demo)' },
  // Scopes name unit versions: the old Lâm Đồng (until 30/6/2025) for its history, the merged one since, and Đắk Nông
  // (merged into it on 1/7/2025), whose reports — late ones, reopened ones — the merged province's Sở now reviews.
  { username: 'pheduyet.lamdong', role: 'approver', units: ['68@2025-06-30', '68', '67'], displayName: 'Phê duyệt – Lâm Đồng (demo)' },
  { username: 'baocao.daknong', role: 'reporter', units: ['67'], displayName: 'Báo cáo – Đắk Nông (demo)' },
  { username: 'lanhdao', role: 'viewer', units: [], displayName: 'Lãnh đạo (demo)' },
];

/** Creates the demo users that are missing (idempotent) and logs a warning with the credentials; returns the names created. */
export async function ensureDemoUsers(store: Store, log: (line: string) => void = (line) => console.warn(line)): Promise<string[]> {
  const created: string[] = [];
  for (const user of DEMO_USERS) {
    if (await findUserRow(store.db, user.username)) continue;
    await addUser(store, { actor: DEMO_ACTOR, via: 'dx-ioc demo' }, { ...user, password: DEMO_PASSWORD });
    created.push(user.username);
  }
  log(
    `CẢNH BÁO: tài khoản DEMO, mật khẩu công khai "${DEMO_PASSWORD}" — ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(', ')}. ` +
      'Không dùng cơ sở dữ liệu này cho số liệu thật. / WARNING: demo accounts with a published password; never use this database for real data.',
  );
  return created;
}
