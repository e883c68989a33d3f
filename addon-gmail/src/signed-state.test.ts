import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createStateSigner, StateRejected } from './signed-state.ts';

const SECRET = 'x'.repeat(40);
const Shape = z.object({ u: z.string(), n: z.number() });

describe('signed card state', () => {
  it('opens what it signed', () => {
    const signer = createStateSigner(SECRET);
    expect(signer.open(signer.sign({ u: 'a', n: 2 }), Shape)).toEqual({ u: 'a', n: 2 });
  });

  it('refuses a state whose payload was edited', () => {
    const signer = createStateSigner(SECRET);
    const [, mac] = signer.sign({ u: 'a', n: 2 }).split('.');
    const forged = `${Buffer.from(JSON.stringify({ exp: 9e9, v: { u: 'a', n: 3 } })).toString('base64url')}.${mac}`;
    expect(() => signer.open(forged, Shape)).toThrow(StateRejected);
  });

  it('refuses a state signed with another secret', () => {
    const token = createStateSigner('y'.repeat(40)).sign({ u: 'a', n: 2 });
    expect(() => createStateSigner(SECRET).open(token, Shape)).toThrow('bad signature');
  });

  it('refuses an expired state', () => {
    let now = new Date('2025-03-15T10:00:00Z');
    const signer = createStateSigner(SECRET, () => now);
    const token = signer.sign({ u: 'a', n: 2 }, 60);
    now = new Date('2025-03-15T10:02:00Z');
    expect(() => signer.open(token, Shape)).toThrow('expired');
  });

  it('refuses a state of another shape', () => {
    const signer = createStateSigner(SECRET);
    expect(() => signer.open(signer.sign({ u: 'a', n: 'two' }), Shape)).toThrow(
      'unexpected state shape',
    );
  });

  it('refuses a short secret', () => {
    expect(() => createStateSigner('short')).toThrow('at least 32');
  });
});
