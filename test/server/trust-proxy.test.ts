import { describe, expect, it } from 'vitest';
import { trustProxyFromEnv } from '../../src/cli/commands/serve.ts';
import { buildApp } from '../../src/server/app.ts';
import { openStore } from '../../src/store/db.ts';

describe('DX_IOC_TRUST_PROXY', () => {
  it('reads off, the nearest proxy, hop counts and address lists; never "every hop"', () => {
    expect(trustProxyFromEnv(undefined)).toBe(false);
    expect(trustProxyFromEnv('0')).toBe(false);
    expect(trustProxyFromEnv('false')).toBe(false);
    expect(trustProxyFromEnv('true')).toBe(1);
    expect(trustProxyFromEnv('TRUE')).toBe(1);
    expect(trustProxyFromEnv('1')).toBe(1);
    expect(trustProxyFromEnv('2')).toBe(2);
    expect(trustProxyFromEnv('10.0.0.1, 10.0.0.2')).toBe('10.0.0.1,10.0.0.2');
    expect(trustProxyFromEnv('10.0.0.0/8,fd00::/8,loopback')).toBe('10.0.0.0/8,fd00::/8,loopback');
    expect(() => trustProxyFromEnv('yes')).toThrow(/DX_IOC_TRUST_PROXY: "yes"/);
    expect(() => trustProxyFromEnv('10.0.0.0/33')).toThrow(/10.0.0.0\/33/);
  });

  it('makes request.ip the forwarded client only when trusted, and a spoofed X-Forwarded-For entry is never believed', async () => {
    const store = openStore(':memory:');
    // The client sent "X-Forwarded-For: 6.6.6.6"; the proxy (127.0.0.1, the inject address) appended the real client.
    const spoofed = '6.6.6.6, 203.0.113.9';
    for (const [trustProxy, expected] of [
      [false, '127.0.0.1'],
      [trustProxyFromEnv('true'), '203.0.113.9'],
      [trustProxyFromEnv('1'), '203.0.113.9'],
      [trustProxyFromEnv('127.0.0.1'), '203.0.113.9'],
      [trustProxyFromEnv('127.0.0.0/8'), '203.0.113.9'],
      [trustProxyFromEnv('10.9.9.9'), '127.0.0.1'],
    ] as const) {
      const app = buildApp({ store, trustProxy });
      app.get('/ip', async (request) => ({ ip: request.ip }));
      const res = await app.inject({ url: '/ip', headers: { 'x-forwarded-for': spoofed } });
      expect(res.json().ip, String(trustProxy)).toBe(expected);
      await app.close();
    }
    await store.close();
  });
});
