// `performance` is a global of both Node and Web Workers, but the engine's tsconfig has neither
// the DOM nor the Node types, so it is declared here, typed to the one method the engine uses.
declare const performance: { now(): number };

/** Milliseconds from a monotonic clock, for measuring durations (not a date). */
export function now(): number {
  return performance.now();
}
