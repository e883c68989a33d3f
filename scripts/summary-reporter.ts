import type { Reporter, TestModule } from 'vitest/node';
import { browserSkipReason, postgresSkipReason } from '../server/src/testing-skips.ts';

/**
 * Prints one plain closing line, "tests: N passed, N failed, N skipped", that CI reads
 * whatever runner printed before it; when tests were skipped, the reasons first.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      let failedHere = 0;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failedHere++;
        else skipped++;
      }
      // A suite whose hook or import failed has no failed test of its own: count it once.
      if (module.state() === 'failed' && failedHere === 0) failedHere = 1;
      failed += failedHere;
    }
    const reasons = [postgresSkipReason, browserSkipReason].filter((r) => r !== null);
    const why = skipped > 0 ? reasons.map((reason) => `skipped: ${reason}\n`).join('') : '';
    process.stdout.write(`\n${why}tests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
