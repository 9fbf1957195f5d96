import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appError, ERROR_CATALOGUE, type ErrorCode } from '../../src/domain/errors.ts';

const API_DOC = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'API.md'), 'utf8');

describe('error catalogue', () => {
  const codes = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

  it('gives every code an HTTP error status and a Vietnamese-first message, and documents it in docs/API.md', () => {
    for (const code of codes) {
      const { status, message } = ERROR_CATALOGUE[code];
      expect(status, code).toBeGreaterThanOrEqual(400);
      expect(status, code).toBeLessThan(600);
      expect(message.length, code).toBeGreaterThan(0);
      const row = API_DOC.split('\n').find((line) => line.startsWith(`| \`${code}\` |`));
      expect(row, `docs/API.md has no row for ${code}`).toBeDefined();
      expect(row, code).toContain(`| ${status} |`);
    }
  });

  it('fills the message template and builds the JSON body', () => {
    const error = appError('UNIT_NOT_FOUND', { code: '67', reason: 'mã này không tồn tại' }, [{ validFrom: null, validTo: '2025-07-01' }]);
    expect(error.status).toBe(404);
    expect(error.message).toBe('Không tìm thấy đơn vị mã "67": mã này không tồn tại');
    expect(error.toBody()).toEqual({
      error: { code: 'UNIT_NOT_FOUND', message: error.message, details: [{ validFrom: null, validTo: '2025-07-01' }] },
    });
    expect(appError('INTERNAL').toBody().error).not.toHaveProperty('details');
  });
});
