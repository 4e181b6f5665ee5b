// The engine's public face: pure TypeScript, no I/O. Runs in Node (CLI) and in a Web Worker.

export { EngineError } from './EngineError.js';
export * from './prep/index.js';
export * from './models/index.js';
export * from './quantity/index.js';
export * from './evaluate/index.js';
export * from './i18n/index.js';
export * from './explain/index.js';
export * from './text/index.js';
export * from './catalog/index.js';
export * from './segments/index.js';
export * from './rules/index.js';
export * from './pricing/index.js';
export * from './promotions/index.js';
export * from './feedback/index.js';
export * from './impact/index.js';
export * from './optimalOrder/index.js';
export * from './guide/index.js';
export * from './campaigns/index.js';
export { ENGINE_VERSION } from './version.js';
