// SOQL over the fake org's store, parsed with a real SOQL parser.

export { runQuery, type QueryResult, type QueryOptions } from './runQuery.js';
