import { describe, expect, it } from 'vitest';
import { createPrng, mulberry32, seedOf } from './prng.ts';

describe('mulberry32', () => {
  it('repeats the same stream for the same seed and differs for another', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
  });

  it('stays within [0, 1)', () => {
    const next = mulberry32(7);
    for (let i = 0; i < 10_000; i++) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('createPrng', () => {
  it('keeps int within its bounds and reaches both ends', () => {
    const prng = createPrng('bounds');
    const seen = new Set<number>();
    for (let i = 0; i < 2_000; i++) seen.add(prng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('draws UUIDs of version 4 shape', () => {
    const prng = createPrng(1);
    expect(prng.uuid()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it('never picks a zero-weight item', () => {
    const prng = createPrng(9);
    for (let i = 0; i < 1_000; i++) {
      expect(
        prng.weighted([
          ['a', 1],
          ['never', 0],
          ['b', 3],
        ] as const),
      ).not.toBe('never');
    }
  });

  it('folds word seeds deterministically', () => {
    expect(seedOf('relance-demo')).toBe(seedOf('relance-demo'));
    expect(seedOf('relance-demo')).not.toBe(seedOf('relance-bench'));
  });
});
