// SOQL evaluated over the fake org's store, parsed with the real parser (@jetstreamapp/soql-parser-js).

export { runQuery, type QueryOptions, type QueryResult } from './runQuery.js';
