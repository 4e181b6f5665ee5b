import { accountInsightFrom, accountInsightRead } from './accountInsight.js';
import { acceptedTodayFrom, acceptedTodayReads } from './acceptedToday.js';
import { ConnectorError } from './ConnectorError.js';
import { engineSettingFrom } from './engineSetting.js';
import type { OrgClient } from './orgClient.js';
import { orderLineReader, toAccount } from './orderLineReader.js';
import type { OrderObjects } from './OrgSchema.js';
import { pinnedModel, pinnedModelRead } from './pinnedModel.js';
import { rulesAndPromotionsFrom, settingsReads } from './rulesAndPromotionsFrom.js';
import type { EngineSettingRecord, PromotionRecord, RuleRecord } from './rulesFromRecords.js';
import { salesforceId } from './salesforceId.js';
import type { AccountView, OrderLineRecord, StoredModel } from './SalesforcePort.js';
import { soql } from './soql.js';

/** The account's fields a view shows, read as a record (not a query: the Composite's queries are counted). */
const ACCOUNT_FIELDS = 'Id,Name,AccountNumber,BillingCountry';

/**
 * One account view (`SalesforcePort.loadAccountView`): one Composite request of 5 queries (the
 * engine settings, the account's order lines, rules, promotions, the pinned model's latest version,
 * found through the settings by reference) and four record reads (the account, the proposal
 * accepted for it on `asOf` by its unique key, who accepted it, and the account's insight by its
 * key: none when the user cannot see the account); then the other pages
 * of lines, and the model's bytes unless the caller holds that version. ⌈lines / 2000⌉ + 1 requests.
 */
export async function loadAccountView(client: OrgClient, orders: OrderObjects, accountId: string, asOf: string, knownModelVersionId?: string): Promise<AccountView> {
  const id = salesforceId(accountId, 'Account');
  const lines = orderLineReader(orders);
  const read = await client.read([
    ...settingsReads(asOf),
    { referenceId: 'account', get: `/sobjects/Account/${id}?fields=${ACCOUNT_FIELDS}` },
    { referenceId: 'lines', query: soql`${lines.select} WHERE ${lines.accountField} = ${id} ${lines.orderBy}` },
    pinnedModelRead,
    ...acceptedTodayReads(id, asOf),
    accountInsightRead(id),
  ]);
  if (read.failure('account')?.errorCode === 'NOT_FOUND') throw new ConnectorError('NOT_FOUND', `Account ${accountId} does not exist or is not visible to you`, { record: accountId });
  const account = toAccount(read.body('account'));
  const history = (await read.records<Record<string, unknown>>('lines')).map((r): OrderLineRecord => {
    const { accountId: _, ...line } = lines.toLine(r);
    return line;
  });
  const [settingRecord] = await read.records<EngineSettingRecord>('setting');
  const found = rulesAndPromotionsFrom(await read.records<RuleRecord>('rules'), await read.records<PromotionRecord>('promotions'), settingRecord);
  const { insight, ignored } = accountInsightFrom(read, account.id);
  const settings = { ...found, ignored: [...found.ignored, ...ignored], insight };
  const setting = engineSettingFrom(settingRecord);
  const pinned = await pinnedModel(setting, read);
  const acceptedToday = acceptedTodayFrom(read);
  const { controlShare } = setting;
  if ('problem' in pinned) return { account, lines: history, ...settings, acceptedToday, controlShare, model: null, modelProblem: pinned.problem };
  const { version } = pinned;
  const known = knownModelVersionId !== undefined && knownModelVersionId.slice(0, 15) === version.Id.slice(0, 15);
  // jsforce answers a file's bytes as text (or, labelled JSON, parsed): the model is UTF-8 JSON either way.
  const body = known ? null : await client.call<unknown>('GET', `/sobjects/ContentVersion/${salesforceId(version.Id, 'ContentVersion')}/VersionData`);
  const model: StoredModel = { versionId: version.Id, createdDate: version.CreatedDate, text: body === null ? null : typeof body === 'string' ? body : JSON.stringify(body) };
  return { account, lines: history, ...settings, acceptedToday, controlShare, model };
}
