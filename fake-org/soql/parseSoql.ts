import { parseQuery, type Query } from '@jetstreamapp/soql-parser-js';
import { malformedQuery } from './malformedQuery.js';

/** A SELECT parsed by `@jetstreamapp/soql-parser-js`, its FROM object known; parse errors as `MALFORMED_QUERY`. */
export function parseSoql(soql: string): Query & { sObject: string } {
  let query: Query;
  try {
    query = parseQuery(soql);
  } catch (error) {
    throw malformedQuery(`${soql}\n${String((error as Error).message).split('\n')[0]}`);
  }
  if (!query.sObject) throw malformedQuery(`${soql}\nunexpected token: a FROM clause is required`);
  if (query.having) throw malformedQuery('HAVING is not supported by the fake org');
  return query as Query & { sObject: string };
}
