import { readFile } from 'node:fs/promises';
import { EngineError, parseFeedback, type FeedbackRecord } from '../engine/index.js';

/** Reads a feedback file (JSON lines, see `parseFeedback`); a missing file is `FILE_NOT_FOUND`. */
export async function readFeedbackFile(path: string): Promise<FeedbackRecord[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new EngineError('FILE_NOT_FOUND', `${path}: file not found`, { source: path });
    throw new EngineError('FILE_UNREADABLE', `${path}: cannot be read (${(error as Error).message})`, { source: path });
  }
  return parseFeedback(text, path);
}
