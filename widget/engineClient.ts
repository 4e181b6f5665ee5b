import { wrap, type Remote } from 'comlink';
import type { EngineApi } from './worker/EngineApi.js';
import { useErrorTransfer } from './worker/errorTransfer.js';

/** Starts the engine's Web Worker (same origin as the page) and gives its API through comlink; errors keep the connector's code and details. */
export function startEngine(): Remote<EngineApi> {
  useErrorTransfer();
  return wrap<EngineApi>(new Worker(new URL('./worker/engineWorker.ts', import.meta.url), { type: 'module', name: 'optimal-order-engine' }));
}
