import { readFile } from 'node:fs/promises';
import { EngineError } from '../engine/index.js';

/**
 * Reads a small text file whole (rules, promotions, feedback), without a byte-order mark. A missing
 * file is `FILE_NOT_FOUND`, an unreadable one `FILE_UNREADABLE`, both naming the path.
 */
export async function readTextFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('FILE_NOT_FOUND', `${path}: file not found`, { source: path });
    throw new EngineError('FILE_UNREADABLE', `${path}: cannot be read (${(error as Error).message})`, { source: path });
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
