import type { Writable } from 'node:stream';

/** Where a command writes: results to `stdout`, progress, reports and errors to `stderr`. */
export interface CliIo {
  stdout: Writable;
  stderr: NodeJS.WriteStream;
}
