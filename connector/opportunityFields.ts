import type { EngineSetting } from './engineSetting.js';

/** Opportunity names hold at most 120 characters. */
const NAME_LENGTH = 120;

/**
 * The Opportunity's name, stage and close date for a proposal made on `day` (`YYYY-MM-DD`) for an
 * account: the name template with `{account}` and `{date}` filled in (cut to 120 characters), the
 * setting's stage, and the close date `closeDateDays` after the day. The name always holds the
 * account: a template without `{account}` gets it in front (a list of Opportunities named only
 * "Optimal Order 2011-09-01" says nothing).
 */
export function opportunityFields(setting: EngineSetting, accountName: string, day: string): { Name: string; StageName: string; CloseDate: string } {
  const template = setting.opportunityName.includes('{account}') ? setting.opportunityName : `{account} – ${setting.opportunityName}`;
  const name = template.replaceAll('{account}', accountName).replaceAll('{date}', day).trim();
  const close = new Date(Date.parse(`${day}T00:00:00Z`) + setting.closeDateDays * 86_400_000).toISOString().slice(0, 10);
  return { Name: [...name].slice(0, NAME_LENGTH).join(''), StageName: setting.opportunityStage, CloseDate: close };
}
