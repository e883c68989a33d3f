import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('keeps 2000 context answers by default, and none with 0', () => {
    expect(loadConfig({}).contextCacheEntries).toBe(2000);
    expect(loadConfig({ CONTEXT_CACHE_ENTRIES: '0' }).contextCacheEntries).toBe(0);
  });

  it('names every bad variable at once', () => {
    const bad = () => loadConfig({ CONTEXT_CACHE_ENTRIES: '-1', RATE_LIMIT_PER_MINUTE: 'lots' });
    expect(bad).toThrow(ConfigError);
    const problems = (() => {
      try {
        bad();
        return [];
      } catch (err) {
        return (err as ConfigError).problems;
      }
    })();
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'RATE_LIMIT_PER_MINUTE',
      'CONTEXT_CACHE_ENTRIES',
    ]);
  });
});
