// The two Node globals jsforce's browser build still reads: `Buffer` (request body sizes) and
// `process.nextTick` (its streams). Provided here, and only these, before jsforce loads.
import { Buffer } from 'buffer';

const scope = globalThis as unknown as { Buffer?: typeof Buffer; process?: { nextTick?: unknown; env?: object; browser?: boolean } };
scope.Buffer ??= Buffer;
scope.process ??= { env: {}, browser: true };
scope.process.nextTick ??= (callback: (...args: unknown[]) => void, ...args: unknown[]) => queueMicrotask(() => callback(...args));
