import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './worker/EngineApi.js';

/** Starts the engine's Web Worker (same origin as the page) and gives its API through comlink. */
export function startEngine(): Remote<EngineApi> {
  return wrap<EngineApi>(new Worker(new URL('./worker/engineWorker.ts', import.meta.url), { type: 'module', name: 'optimal-order-engine' }));
}
