import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('hashPassword', () => {
  it('writes scrypt with its cost parameters, salt and hash', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
  });

  it('salts every hash differently', async () => {
    const first = await hashPassword('same password');
    const second = await hashPassword('same password');
    expect(first).not.toBe(second);
  });
});

describe('verifyPassword', () => {
  it('accepts the password a hash was made from', async () => {
    const hash = await hashPassword('Relance-demo-2026');
    await expect(verifyPassword('Relance-demo-2026', hash)).resolves.toBe(true);
  });

  it('rejects another password, even one differing by case', async () => {
    const hash = await hashPassword('Relance-demo-2026');
    await expect(verifyPassword('relance-demo-2026', hash)).resolves.toBe(false);
    await expect(verifyPassword('', hash)).resolves.toBe(false);
  });

  it('rejects malformed or tampered hashes instead of throwing', async () => {
    const hash = await hashPassword('secret');
    const parts = hash.split('$');
    const tamperedKey = [...parts.slice(0, 5), Buffer.alloc(32).toString('base64url')].join('$');
    expect(await verifyPassword('secret', tamperedKey)).toBe(false);
    expect(await verifyPassword('secret', 'plain-text')).toBe(false);
    expect(await verifyPassword('secret', 'bcrypt$10$1$1$abc$def')).toBe(false);
    expect(await verifyPassword('secret', 'scrypt$1000$8$1$abc$def')).toBe(false);
  });
});
