import { ConnectorError, type OrgOrderLine, type OutcomesRun, type SalesforcePort } from '../../connector/index.js';
import { DEFAULT_EXTENSION_SETTINGS, feedbackFromProposals, insightFeedback, type InsightFeedback } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';

/**
 * The outcome step as `prepare --org` and `outcomes --org` run it: over the engine settings'
 * horizon (the engine's default, 62 days, when the org sets none), printed for the admin (each
 * record Salesforce refused on stderr, by object, record and field). Gives the run, or null when a
 * record was refused (the caller exits 1, the rest was written).
 */
export async function outcomeStep(connector: SalesforcePort, asOf: number, horizonDays: number | undefined, io: CliIo, orderLines?: readonly OrgOrderLine[]): Promise<{ run: OutcomesRun; refused: number }> {
  const horizon = horizonDays ?? DEFAULT_EXTENSION_SETTINGS.horizonDays;
  io.stderr.write(`outcomes: matching the proposal log with the orders that followed (horizon ${horizon} days)…\n`);
  const run = await connector.updateOutcomes({ horizonDays: horizon, asOf, ...(orderLines ? { orderLines } : {}) });
  for (const f of run.written.failed) io.stderr.write(`outcome of ${f.object} ${f.id} not written${f.field ? `: ${f.field}` : ''}: ${f.errorCode}: ${f.message}\n`);
  const how = run.written.via === 'none' ? 'nothing changed' : `${run.written.updated} records updated (${run.written.via === 'bulk' ? 'Bulk API 2.0' : 'Composite requests'})`;
  io.stdout.write(
    `outcomes: ${run.proposals} proposals with ${run.lines} lines read; ${run.linesChanged} lines and ${run.proposalsChanged} proposals changed, ${how}${run.written.failed.length ? `, ${run.written.failed.length} refused (listed on stderr)` : ''}\n`,
  );
  return { run, refused: run.written.failed.length };
}

/**
 * The outcome step inside `prepare --org`: when the step itself fails (the log unreadable, a
 * request refused), the org's reason is printed and counted, and prepare goes on without feedback
 * from the log, so the nightly model is still refreshed; other errors stop it.
 */
export async function outcomeStepOrSkip(connector: SalesforcePort, asOf: number, horizonDays: number | undefined, io: CliIo, orderLines: readonly OrgOrderLine[]): Promise<{ run: OutcomesRun | null; refused: number }> {
  try {
    return await outcomeStep(connector, asOf, horizonDays, io, orderLines);
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    io.stderr.write(`outcomes: not written, and no feedback from the proposal log this run: Salesforce ${error.code}: ${error.message}\n`);
    return { run: null, refused: 1 };
  }
}

/**
 * Each account's feedback for its insight from the outcome step's log: `feedbackFromProposals`, the
 * log's Product2 ids turned into the model's product ids (`productIdOf`; a product the model does
 * not know is left out: it cannot be proposed), trimmed to what a view can use (`insightFeedback`).
 */
export function feedbackByAccount(run: OutcomesRun, productIdOf: ReadonlyMap<string, string>, asOf: number): Map<string, InsightFeedback[]> {
  const byAccount = new Map<string, ReturnType<typeof feedbackFromProposals>>();
  for (const r of feedbackFromProposals(run.feedbackLog)) {
    const productId = productIdOf.get(r.productId);
    if (productId === undefined) continue;
    const list = byAccount.get(r.customerId) ?? [];
    list.push({ ...r, productId });
    byAccount.set(r.customerId, list);
  }
  const out = new Map<string, InsightFeedback[]>();
  for (const [account, records] of byAccount) {
    const kept = insightFeedback(records, asOf);
    if (kept.length) out.set(account, kept);
  }
  return out;
}
