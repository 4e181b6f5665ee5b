import { FakeOrgError } from './FakeOrgError.js';
import { FAKE_API_VERSION, type FakeOrg } from './FakeOrg.js';

/** Records per query page, as Salesforce's default batch size. */
export const QUERY_BATCH = 2000;

type Result = { totalSize: number; records: Record<string, unknown>[] };

/** The first page of a query; the rest waits under a cursor (`nextRecordsUrl`). */
export function firstPage(org: FakeOrg, result: Result) {
  if (result.records.length <= QUERY_BATCH) return { totalSize: result.totalSize, done: true, records: result.records };
  const locator = `01g${String(org.cursors.size + 1).padStart(15, '0')}`;
  org.cursors.set(locator, result);
  return page(locator, result, 0);
}

/** A later page, by its cursor (`01g…-2000`); `INVALID_QUERY_LOCATOR` for one the org never gave. */
export function nextPage(org: FakeOrg, cursor: string) {
  const [locator, offset] = cursor.split('-');
  const result = locator ? org.cursors.get(locator) : undefined;
  if (!result || !/^\d+$/.test(offset ?? '')) throw new FakeOrgError('INVALID_QUERY_LOCATOR', 'invalid query locator', 400);
  return page(locator!, result, Number(offset));
}

function page(locator: string, result: Result, offset: number) {
  const end = offset + QUERY_BATCH;
  const done = end >= result.records.length;
  return {
    totalSize: result.totalSize,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/v${FAKE_API_VERSION}/query/${locator}-${end}` }),
    records: result.records.slice(offset, end),
  };
}
