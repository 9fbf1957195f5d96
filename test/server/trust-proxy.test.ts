import { describe, expect, it } from 'vitest';
import { trustProxyFromEnv } from '../../src/cli/commands/serve.ts';
import { buildApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/db.ts';

describe('DX_IOC_TRUST_PROXY', () => {
  it('reads off, on, hop counts and address lists', () => {
    expect(trustProxyFromEnv(undefined)).toBe(false);
    expect(trustProxyFromEnv('0')).toBe(false);
    expect(trustProxyFromEnv('true')).toBe(true);
    expect(trustProxyFromEnv('2')).toBe(2);
    expect(trustProxyFromEnv('10.0.0.1,10.0.0.2')).toBe('10.0.0.1,10.0.0.2');
  });

  it('makes request.ip the forwarded client only when trusted', async () => {
    const store = openStore(':memory:');
    for (const [trustProxy, expected] of [[false, '127.0.0.1'], [1, '203.0.113.9']] as const) {
      const app = buildApp({ store, trustProxy });
      app.get('/ip', async (request) => ({ ip: request.ip }));
      const res = await app.inject({ url: '/ip', headers: { 'x-forwarded-for': '203.0.113.9' } });
      expect(res.json().ip).toBe(expected);
      await app.close();
    }
    await store.close();
  });
});
