import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createSalesforceConnector, historyFromOrgLines, PACKAGE_OBJECTS, type SalesforcePort } from '../../connector/index.js';
import { encodePreparedModel, fitOptimalOrder, formatDate, type FittedOptimalOrder, type InsightFeedback } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { asOfFlag, required } from '../options.js';
import { orgToken } from '../orgToken.js';
import { orgUrl } from '../orgUrl.js';
import { progress } from '../progress.js';
import { feedbackByAccount, outcomeStepOrSkip } from './outcomeStep.js';
import { prepareToFiles } from './prepareToFiles.js';

const PREPARE_OPTIONS = {
  org: { type: 'string' },
  token: { type: 'string' },
  'as-of': { type: 'string' },
  out: { type: 'string' },
} as const;

/**
 * `optimal-order prepare --org URL`: reads every order line the user can see, fits the engine on
 * them (by a Bulk API query above `BULK_QUERY_THRESHOLD` lines) and stores the shared prepared model
 * in the org as a new version of the pinned model document (which this user must own), then every
 * account's insight as a child record of the account (Bulk API upserts; refused ones listed, exit 1),
 * so that each account view then reads the account's own lines, its insight and the shared model.
 * Before the fit, the outcome step (`outcomeStep`: what each logged proposal's account then ordered,
 * written on the log) runs, and the log becomes each account's feedback in its insight. The first run, with nothing pinned, publishes a new document into the model library
 * and prints its id for the admin to pin, with the integration user (this one). Meant to run
 * nightly (or after a large import) as the integration user, who sees every account. `--out FILE`
 * writes it to a file instead.
 */
export async function prepareCommand(args: string[], io: CliIo): Promise<number> {
  // From a file instead of an org: the shared part and the account insights into a folder.
  if (args.some((a) => a === '--orders' || a.startsWith('--orders='))) return prepareToFiles(args, io);
  const { values } = parseArgs({ args, options: PREPARE_OPTIONS, strict: true });
  const instanceUrl = orgUrl(required(values, 'org', 'prepare'), 'prepare');
  const token = orgToken(values.token, 'prepare', io.stderr);
  const asOf = asOfFlag(values['as-of'], 'prepare');

  const connector = createSalesforceConnector({ instanceUrl, accessToken: token });
  const report = progress(io.stderr, 'order lines');
  const orgLines = await connector.loadAllOrderLines((soFar, total) => report(soFar, total));
  const { history, product2Ids } = historyFromOrgLines(orgLines);
  // The engine settings' horizon (OO_EngineSetting__mdt.Default), if the org sets one.
  const { horizonDays } = await connector.loadRulesAndPromotions(formatDate(asOf));
  // Outcomes first (written into the log), then the log as each account's feedback, folded into its insight (decisions/0028).
  const outcomes = values.out === undefined ? await outcomeStepOrSkip(connector, asOf, horizonDays, io, orgLines) : null;
  const feedback = outcomes?.run ? feedbackByAccount(outcomes.run, new Map([...product2Ids].map(([id, ref]) => [ref, id] as const)), asOf) : new Map<string, InsightFeedback[]>();
  io.stderr.write(`fitting the engine on ${history.customerIds.length} accounts as of ${formatDate(asOf)}${horizonDays ? `, horizon ${horizonDays} days` : ''}…\n`);
  const fitted = fitOptimalOrder(history, asOf, horizonDays === undefined ? {} : { horizonDays });
  const model = fitted.prepare();
  model.productRefs = model.productIds.map((id) => product2Ids.get(id) ?? id);
  const text = encodePreparedModel(model);
  const size = `${(text.length / 1e6).toFixed(1)} MB`;
  if (values.out !== undefined) {
    await writeFile(values.out, text);
    io.stdout.write(`prepared model of ${model.customers} accounts and ${model.productIds.length} products written to ${values.out} (${size})\n`);
    return 0;
  }
  const saved = await connector.saveModel(text, `Optimal Order prepared model as of ${formatDate(asOf)}: ${model.customers} accounts, ${model.productIds.length} products, engine ${model.engineVersion}`);
  io.stdout.write(`prepared model of ${model.customers} accounts and ${model.productIds.length} products stored in the org: ContentVersion ${saved.versionId} of ContentDocument ${saved.documentId} (${size})\n`);
  const failed = (await writeInsights(connector, fitted, history.customerIds.length, feedback, io)) + (outcomes?.refused ?? 0);
  if (saved.newDocument) {
    // Readers take only the pinned document, and only its versions from the integration user: until both are set, no rep reads this model.
    io.stdout.write(
      `a new model document was published into the model library. Pin it: in Setup → Custom Metadata Types → Optimal Order Engine Setting → Default, set OO_ModelDocumentId__c to ${saved.documentId} and OO_IntegrationUserId__c to ${saved.userId} (the user this ran as).\n`,
    );
  }
  return failed ? 1 : 0;
}

/**
 * Every account's insight (what its view needs from other customers, and its feedback) into the org: Bulk API 2.0
 * upserts on the account key, one record per account, under the account's sharing. Each account
 * whose insight Salesforce refused is printed with the field and why; gives how many.
 */
async function writeInsights(connector: SalesforcePort, fitted: FittedOptimalOrder, customers: number, feedback: ReadonlyMap<string, InsightFeedback[]>, io: CliIo): Promise<number> {
  io.stderr.write(`writing the accounts' insights (Bulk API upsert on ${PACKAGE_OBJECTS.accountInsight.object}.${PACKAGE_OBJECTS.accountInsight.accountKey})…\n`);
  const insights = function* () {
    for (let c = 0; c < customers; c++) {
      const insight = fitted.insight(c);
      const accountFeedback = insight && feedback.get(insight.accountId);
      if (insight) yield accountFeedback ? { ...insight, feedback: accountFeedback } : insight;
    }
  };
  const saved = await connector.saveInsights(insights(), (written) => io.stderr.write(`  ${written} insights written\n`));
  for (const f of saved.failed) io.stderr.write(`insight of account ${f.accountId} not written: ${f.field}: ${f.errorCode}: ${f.message}\n`);
  io.stdout.write(`account insights: ${saved.created} created, ${saved.updated} updated${saved.failed.length ? `, ${saved.failed.length} refused (listed on stderr)` : ''}\n`);
  return saved.failed.length;
}
