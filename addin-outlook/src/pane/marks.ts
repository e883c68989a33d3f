/**
 * Names a moment of the pane's start in the browser's performance timeline, where
 * bench/outlook.bench.ts reads it; a no-op where the timeline has no marks (jsdom).
 */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(`relance:${name}`);
  }
}
