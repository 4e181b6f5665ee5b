/**
 * The engine's one error type. A real `Error` subclass, so its name, message and stack survive
 * structured cloning across the Web Worker boundary. `code` is stable for programs; `message`
 * names what was wrong and where (file and line, record, field, rule).
 */
export class EngineError extends Error {
  override readonly name = 'EngineError';

  constructor(
    /** Stable machine-readable code, e.g. `MALFORMED_ROW`, `MISSING_COLUMN`, `UNKNOWN_CUSTOMER`. */
    readonly code: string,
    message: string,
    /** Where it happened, when the input has a place: the source name and its 1-based line. */
    readonly where?: { source?: string; line?: number },
  ) {
    super(message);
  }
}
