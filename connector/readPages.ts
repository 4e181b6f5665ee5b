import type { QueryPage } from './compositeRead.js';

/**
 * The one page reader: every record of a query from its first page, the further pages read through
 * `nextRecordsUrl` (Salesforce's queryMore), one request each, `onPage` told after each page.
 */
export async function readPages<R>(first: QueryPage<R>, nextPage: (url: string) => Promise<QueryPage<R>>, onPage?: (soFar: number, total: number) => void): Promise<R[]> {
  let page = first;
  const records = [...page.records];
  onPage?.(records.length, page.totalSize);
  while (!page.done && page.nextRecordsUrl) {
    page = await nextPage(page.nextRecordsUrl);
    for (const r of page.records) records.push(r);
    onPage?.(records.length, page.totalSize);
  }
  return records;
}
