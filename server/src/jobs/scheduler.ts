import type { AppDeps } from '../deps.ts';
import { sweepIdempotencyKeys } from '../http/idempotency.ts';
import { loggerFor } from '../logger.ts';
import { evaluatePromises } from './promise-evaluation.ts';
import { recomputeSegments } from './segments.ts';

/** A background job: a name, how often it runs, and what it does. */
interface Job {
  name: string;
  everyMs: number;
  run(deps: AppDeps): Promise<unknown>;
}

const HOUR = 3600_000;

// Promises are decided hourly so that a broken one reaches the worklist the next morning at the
// latest; segments move slowly and are recomputed daily (and after each payment import).
const JOBS: Job[] = [
  { name: 'evaluate-promises', everyMs: HOUR, run: (deps) => evaluatePromises(deps) },
  { name: 'recompute-segments', everyMs: 24 * HOUR, run: (deps) => recomputeSegments(deps) },
  { name: 'sweep-idempotency-keys', everyMs: 6 * HOUR, run: sweepIdempotencyKeys },
];

/** Runs every job once, in order; returns what each reported. */
export async function runJobsOnce(deps: AppDeps): Promise<Record<string, unknown>> {
  const results: Record<string, unknown> = {};
  for (const job of JOBS) results[job.name] = await job.run(deps);
  return results;
}

/** Starts each job on its own interval (and once now); returns a function that stops them. */
export function startScheduler(deps: AppDeps): () => void {
  const log = loggerFor(deps.logger, 'jobs');
  const running = new Set<string>();
  const tick = (job: Job) => {
    // A slow run is never overlapped by the next tick of the same job.
    if (running.has(job.name)) return;
    running.add(job.name);
    const started = Date.now();
    job
      .run(deps)
      .then((result) => log.info({ job: job.name, ms: Date.now() - started, result }, 'job done'))
      .catch((err: unknown) => log.error({ job: job.name, err: String(err) }, 'job failed'))
      .finally(() => running.delete(job.name));
  };
  const timers = JOBS.map((job) => {
    tick(job);
    const timer = setInterval(() => tick(job), job.everyMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach(clearInterval);
}
