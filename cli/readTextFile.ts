import { readFile, stat } from 'node:fs/promises';
import { EngineError } from '../engine/index.js';

/**
 * The largest small text file read whole, by default (rules, promotions, a template): the example
 * rules are 2 KB, and a file of gigabytes would be read into memory before anything is checked.
 */
export const MAX_TEXT_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Reads a small text file whole (rules, promotions, feedback), without a byte-order mark. A missing
 * file is `FILE_NOT_FOUND`, an unreadable one `FILE_UNREADABLE`, one over `maxBytes` (checked
 * before reading) `FILE_TOO_LARGE`, each naming the path.
 */
export async function readTextFile(path: string, maxBytes = MAX_TEXT_FILE_BYTES): Promise<string> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > maxBytes) {
      throw new EngineError('FILE_TOO_LARGE', `${path}: ${(size / 1e6).toFixed(0)} MB, more than the ${maxBytes / 2 ** 20} MiB this file may be`, { source: path });
    }
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof EngineError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('FILE_NOT_FOUND', `${path}: file not found`, { source: path });
    throw new EngineError('FILE_UNREADABLE', `${path}: cannot be read (${(error as Error).message})`, { source: path });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
