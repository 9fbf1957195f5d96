/**
 * Tổ công nghệ số cộng đồng (community digital technology teams, issue 13): a team at a commune (level `commune`,
 * unit = the commune's code) or at a village (level `village`: the commune's code and the village's name — thôn,
 * khu phố are not units of the administrative tree), set up by a decision (number, date, issuer) and maybe
 * dissolved; its members (tổ trưởng, tổ phó, thành viên) with their phone and the village they serve, who joined
 * and maybe left; its activities (a day, a title, the people supported).
 *
 * A team counts from its decision's date until its dissolution (exclusive); a member from joining until leaving
 * (exclusive), while the team counts. Members' names and phones are personal data (Nghị định 13/2023/NĐ-CP): the
 * app shows them only to the admin and the team's unit's own reporters and approvers (access.ts `read_personal`).
 *
 * The validators are pure: each returns the cleaned value or its problems by field path ('member.phone').
 */
import { isCalendarDate } from './dates.ts';
import type { ValidationProblem } from './metadata.ts';

export const TEAM_LEVELS = ['commune', 'village'] as const;
export type TeamLevel = (typeof TEAM_LEVELS)[number];

export const MEMBER_ROLES = ['leader', 'deputy', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** How the communes' spreadsheets name the roles and levels (folded: lower case, no diacritics). */
export const MEMBER_ROLE_WORDS: Record<string, MemberRole> = {
  'to truong': 'leader',
  leader: 'leader',
  'to pho': 'deputy',
  deputy: 'deputy',
  'thanh vien': 'member',
  member: 'member',
};
export const TEAM_LEVEL_WORDS: Record<string, TeamLevel> = {
  xa: 'commune',
  'cap xa': 'commune',
  commune: 'commune',
  thon: 'village',
  'cap thon': 'village',
  'khu pho': 'village',
  village: 'village',
};

/** Below this many people, a breakdown (members per village) is withheld: it could single people out. */
export const MIN_BREAKDOWN_COUNT = 5;

export interface TeamInput {
  unit: string;
  level: TeamLevel;
  /** The village's name for a village team; null for a commune team. */
  village: string | null;
  name: string;
  decisionNumber: string;
  decisionDate: string;
  decisionIssuer: string;
  dissolvedOn: string | null;
}

export interface MemberInput {
  name: string;
  role: MemberRole;
  phone: string | null;
  villageServed: string | null;
  joinedOn: string;
  leftOn: string | null;
}

export interface ActivityInput {
  heldOn: string;
  title: string;
  peopleSupported: number;
}

export interface Checked<T> {
  value?: T;
  problems: ValidationProblem[];
}

const TEXT_MAX = 300;

class Fields {
  readonly problems: ValidationProblem[] = [];
  constructor(
    private readonly raw: Record<string, unknown>,
    private readonly prefix: string,
  ) {}

  private fail(field: string, message: string): void {
    this.problems.push({ path: `${this.prefix}.${field}`, message });
  }

  text(field: string, required: boolean): string | null {
    const value = this.raw[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) this.fail(field, 'không được để trống / must not be blank');
      return null;
    }
    if (typeof value !== 'string') {
      this.fail(field, 'phải là chữ / must be text');
      return null;
    }
    const text = value.normalize('NFC').trim().replace(/\s+/g, ' ');
    if (text.length > TEXT_MAX) this.fail(field, `dài quá ${TEXT_MAX} ký tự / longer than ${TEXT_MAX} characters`);
    return text;
  }

  date(field: string, required: boolean): string | null {
    const text = this.text(field, required);
    if (text !== null && !isCalendarDate(text)) this.fail(field, `"${text}" không phải ngày YYYY-MM-DD / not a date YYYY-MM-DD`);
    return text;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const text = this.text(field, true);
    if (text !== null && !(allowed as readonly string[]).includes(text))
      this.fail(field, `"${text}" không thuộc ${allowed.join(', ')} / not one of ${allowed.join(', ')}`);
    return text as T;
  }

  after(field: string, value: string | null, earliest: string | null, what: string): void {
    if (value && earliest && value <= earliest) this.fail(field, `phải sau ${what} (${earliest}) / must be after ${what} (${earliest})`);
  }
}

/** A phone as the communes write it ("0912 345 678", "+84 912…"): digits kept, 9 to 11 of them. */
export function normalisePhone(text: string): string | null {
  const digits = text.replace(/^\+84/, '0').replace(/[\s.\-()]/g, '');
  return /^0\d{8,10}$/.test(digits) ? digits : null;
}

export function validateTeam(raw: Record<string, unknown>): Checked<TeamInput> {
  const f = new Fields(raw, 'team');
  const unit = f.text('unit', true);
  const level = f.oneOf('level', TEAM_LEVELS);
  let village = f.text('village', false);
  if (level === 'village' && !village)
    f.problems.push({ path: 'team.village', message: 'tổ cấp thôn cần tên thôn, khu phố / a village team needs its village' });
  if (level === 'commune') village = null;
  const name = f.text('name', true);
  const decisionNumber = f.text('decisionNumber', true);
  const decisionDate = f.date('decisionDate', true);
  const decisionIssuer = f.text('decisionIssuer', true);
  const dissolvedOn = f.date('dissolvedOn', false);
  f.after('dissolvedOn', dissolvedOn, decisionDate, 'ngày quyết định / the decision date');
  if (f.problems.length) return { problems: f.problems };
  return {
    value: {
      unit: unit!,
      level,
      village,
      name: name!,
      decisionNumber: decisionNumber!,
      decisionDate: decisionDate!,
      decisionIssuer: decisionIssuer!,
      dissolvedOn,
    },
    problems: [],
  };
}

export function validateMember(raw: Record<string, unknown>): Checked<MemberInput> {
  const f = new Fields(raw, 'member');
  const name = f.text('name', true);
  const role = f.oneOf('role', MEMBER_ROLES);
  const phoneText = f.text('phone', false);
  const phone = phoneText === null ? null : normalisePhone(phoneText);
  if (phoneText !== null && phone === null) f.problems.push({ path: 'member.phone', message: `"${phoneText}" không phải số điện thoại / not a phone number` });
  const villageServed = f.text('villageServed', false);
  const joinedOn = f.date('joinedOn', true);
  const leftOn = f.date('leftOn', false);
  f.after('leftOn', leftOn, joinedOn, 'ngày tham gia / the joining date');
  if (f.problems.length) return { problems: f.problems };
  return { value: { name: name!, role, phone, villageServed, joinedOn: joinedOn!, leftOn }, problems: [] };
}

export function validateActivity(raw: Record<string, unknown>): Checked<ActivityInput> {
  const f = new Fields(raw, 'activity');
  const heldOn = f.date('heldOn', true);
  const title = f.text('title', true);
  const people = raw.peopleSupported ?? 0;
  if (typeof people !== 'number' || !Number.isInteger(people) || people < 0 || people > 1_000_000)
    f.problems.push({ path: 'activity.peopleSupported', message: 'phải là số nguyên từ 0 / must be a whole number from 0' });
  if (f.problems.length) return { problems: f.problems };
  return { value: { heldOn: heldOn!, title: title!, peopleSupported: people as number }, problems: [] };
}

/** Whether a span [from, to) covers the day (to null: still open). */
export function activeOn(from: string, to: string | null, day: string): boolean {
  return from <= day && (to === null || to > day);
}
