import { parseArgs } from 'node:util';
import { createSalesforceConnector } from '../../connector/index.js';
import { formatDate } from '../../engine/index.js';
import type { CliIo } from '../CliIo.js';
import { asOfFlag, required } from '../options.js';
import { orgToken } from '../orgToken.js';
import { orgUrl } from '../orgUrl.js';
import { outcomeStep } from './outcomeStep.js';

const OUTCOMES_OPTIONS = {
  org: { type: 'string' },
  token: { type: 'string' },
  'as-of': { type: 'string' },
} as const;

/**
 * `optimal-order outcomes --org URL`: the outcome step alone (it also runs in `prepare --org`).
 * Reads the proposal log of the last year with its lines and the logged accounts' orders since,
 * writes on each proposed line whether, how much and for how much the account ordered it within
 * the engine settings' horizon, and each proposal's conversion; only what changed is written, so
 * a second run writes nothing. Exit 1 when Salesforce refused a record (listed), 0 otherwise.
 */
export async function outcomesCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: OUTCOMES_OPTIONS, strict: true });
  const instanceUrl = orgUrl(required(values, 'org', 'outcomes'), 'outcomes');
  const token = orgToken(values.token, 'outcomes', io.stderr);
  const asOf = asOfFlag(values['as-of'], 'outcomes');
  const connector = createSalesforceConnector({ instanceUrl, accessToken: token });
  // The engine settings' horizon (OO_EngineSetting__mdt.Default), if the org sets one.
  const { horizonDays } = await connector.loadRulesAndPromotions(formatDate(asOf));
  const { refused } = await outcomeStep(connector, asOf, horizonDays, io);
  return refused ? 1 : 0;
}
