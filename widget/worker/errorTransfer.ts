import { transferHandlers, type TransferHandler } from 'comlink';

/** An error as it arrives from the worker: its name, message and stack, and the code and details the connector (or the rules) gave it. */
export class RemoteError extends Error {
  constructor(
    message: string,
    /** The thrown error's class name: `ConnectorError`, `RuleError`, `EngineError`, `Error`. */
    override readonly name: string,
    /** `ConnectorError.code` (`INVALID_SESSION_ID`, `ALREADY_ACCEPTED`, …), or the engine's; absent when the error had none. */
    readonly code?: string,
    /** `ConnectorError.details` (status, record, field, body), when the error had them. */
    readonly details?: Readonly<Record<string, string | number | undefined>>,
  ) {
    super(message);
  }
}

/** The form of a thrown value on the wire (comlink's, plus `code` and `details`). */
type Wire = { isError: true; value: { message: string; name: string; stack?: string; code?: string; details?: Record<string, string | number | undefined> } } | { isError: false; value: unknown };

/** comlink's own `throw` handler: its test of a thrown value (comlink marks it with a private symbol) is kept. */
const comlinkThrow = transferHandlers.get('throw')!;

/** The plain, cloneable details of an error (strings and numbers only: a body is text already); a `RuleError`'s rule and field as record and field. */
function plainDetails(e: { details?: unknown; rule?: unknown; field?: unknown }): Record<string, string | number | undefined> | undefined {
  const details = typeof e.details === 'object' && e.details !== null ? e.details : typeof e.rule === 'string' ? { record: e.rule, field: e.field } : null;
  if (!details) return undefined;
  return Object.fromEntries(Object.entries(details).filter(([, v]) => typeof v === 'string' || typeof v === 'number'));
}

/**
 * comlink's `throw` handler, keeping what comlink's own drops: an error's `code` and `details`
 * (`ConnectorError`), so the page tells an expired session from a locked row from a setup problem.
 * Thrown non-errors pass as comlink passes them.
 */
export const errorTransfer: TransferHandler<{ value: unknown }, Wire> = {
  canHandle: (v): v is { value: unknown } => comlinkThrow.canHandle(v),
  serialize({ value }) {
    if (!(value instanceof Error)) return [{ isError: false, value }, []];
    const e = value as Error & { code?: unknown; details?: unknown; rule?: unknown; field?: unknown };
    const code = typeof e.code === 'string' ? e.code : undefined;
    const details = plainDetails(e);
    return [{ isError: true, value: { message: e.message, name: e.name, stack: e.stack, ...(code ? { code } : {}), ...(details ? { details } : {}) } }, []];
  },
  deserialize(wire) {
    if (!wire.isError) throw wire.value;
    const { message, name, stack, code, details } = wire.value;
    const error = new RemoteError(message, name, code, details);
    if (stack) error.stack = stack;
    throw error;
  },
};

/** Installs `errorTransfer` as comlink's `throw` handler: on both sides, the worker and the page. */
export function useErrorTransfer(): void {
  transferHandlers.set('throw', errorTransfer as TransferHandler<unknown, unknown>);
}
