import { describe, expect, it } from 'vitest';
import { localMessage, toApiError } from './errors';
import { safeNext } from '../safe-next';

describe("API errors in the reader's language", () => {
  it('takes the half before " / " for Vietnamese and after it for English', () => {
    const message = 'Tên đăng nhập hoặc mật khẩu không đúng / Wrong username or password';
    expect(localMessage(message, 'vi')).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    expect(localMessage(message, 'en')).toBe('Wrong username or password');
    expect(localMessage('Chỉ có tiếng Việt', 'en')).toBe('Chỉ có tiếng Việt');
  });

  it("reads the API's error shape, and names a status when the body is not one", () => {
    const error = toApiError(404, { error: { code: 'UNIT_NOT_FOUND', message: 'a / b', details: [{ validFrom: null, validTo: '2025-07-01' }] } });
    expect([error.status, error.code, error.message, error.details.length]).toEqual([404, 'UNIT_NOT_FOUND', 'a / b', 1]);
    expect(toApiError(502, '<html>Bad gateway</html>')).toMatchObject({ status: 502, code: 'INTERNAL' });
  });
});

describe('safeNext', () => {
  it('goes back only to a path of this app', () => {
    expect(safeNext('/?unit=68&period=2022&view=now')).toBe('/?unit=68&period=2022&view=now');
    for (const bad of ['//evil.example', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)', '/login?next=/', null, ''])
      expect(safeNext(bad), String(bad)).toBe('/');
  });
});
