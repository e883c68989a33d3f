import { describe, expect, it } from 'vitest';
import { BLIND_CORPUS, TUNING_CORPUS } from './index.ts';
import { missedTargets, scoreCorpus } from './score.ts';

describe('mail corpus', () => {
  it('holds at least 100 tuning emails and 40 blind ones, each with a distinct id', () => {
    const ids = [...TUNING_CORPUS, ...BLIND_CORPUS].map((c) => c.id);
    expect(TUNING_CORPUS.length).toBeGreaterThanOrEqual(100);
    expect(BLIND_CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('meets every target of issue 3 on the tuning part', () => {
    expect(missedTargets(scoreCorpus(TUNING_CORPUS).scores)).toEqual([]);
  });

  // TODO(#3): the blind part has not been run yet; it is run once by `npm run eval:mail` after
  // the reader's fixes, and this skip goes when that run meets every target.
  it.skip('meets every target of issue 3 on the blind part', () => {
    expect(missedTargets(scoreCorpus(BLIND_CORPUS).scores)).toEqual([]);
  });
});
