/** The CLI's error type: the command line itself is wrong (unknown flag, missing or bad value). */
export class UsageError extends Error {
  override readonly name = 'UsageError';

  constructor(
    message: string,
    /** The command whose usage to print after the message, if any. */
    readonly command?: string,
  ) {
    super(message);
  }
}
