// Node's `timers` as far as jsforce's XML parser (xml2js) uses it: `setImmediate` at load time.
export const setImmediate = (callback: (...args: unknown[]) => void, ...args: unknown[]) => setTimeout(callback, 0, ...args);
export const clearImmediate = (handle: ReturnType<typeof setTimeout>) => clearTimeout(handle);
