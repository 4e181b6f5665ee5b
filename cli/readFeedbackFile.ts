import { parseFeedback, type FeedbackRecord } from '../engine/index.js';
import { readTextFile } from './readTextFile.js';

/** Reads a feedback file (JSON lines, see `parseFeedback`); a missing file is `FILE_NOT_FOUND`. */
export async function readFeedbackFile(path: string): Promise<FeedbackRecord[]> {
  return parseFeedback(await readTextFile(path), path);
}
