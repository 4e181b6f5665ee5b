import { parseFeedback, type FeedbackRecord } from '../engine/index.js';
import { readTextFile } from './readTextFile.js';

/**
 * The largest feedback file read: a year of proposals of 50 reps, 20 lines a day each, is about
 * 60 MB of JSON lines; four times that leaves room, and bounds what is read into memory at once.
 */
const MAX_FEEDBACK_BYTES = 256 * 1024 * 1024;

/** Reads a feedback file (JSON lines, see `parseFeedback`); a missing file is `FILE_NOT_FOUND`, one over 256 MiB `FILE_TOO_LARGE`. */
export async function readFeedbackFile(path: string): Promise<FeedbackRecord[]> {
  return parseFeedback(await readTextFile(path, MAX_FEEDBACK_BYTES), path);
}
