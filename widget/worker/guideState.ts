import type { AccountView, SalesforcePort } from '../../connector/index.js';
import type { Familiarity } from '../../engine/index.js';
import { accountFamiliarity, answerGuide, guideSetup, prepareGuide, type PreparedGuide } from './guideSession.js';
import type { GuideAnswer, GuideSetup } from './guideViews.js';

/**
 * What a worker keeps for guided selling: the org's guide data, read and compiled once per session
 * (a failed read is forgotten, so a retry reads again), the order lines of each account viewed, and
 * each account's familiarity, computed once.
 */
export class GuideState {
  private prepared: Promise<PreparedGuide> | null = null;
  private readonly lines = new Map<string, AccountView['lines']>();
  private readonly familiar = new Map<string, Familiarity | null>();

  constructor(private readonly port: () => Pick<SalesforcePort, 'loadGuideData'>) {}

  /** An account view was read: its lines make the account's familiarity. */
  viewed(view: Pick<AccountView, 'account' | 'lines'>): void {
    this.lines.set(view.account.id, view.lines);
    this.familiar.delete(view.account.id);
  }

  /** The guide for an account: questions in the page's language. */
  async open(accountId: string, locale: string): Promise<GuideSetup> {
    const guide = await this.guide();
    this.familiarityOf(guide, accountId);
    return guideSetup(guide, locale);
  }

  /** One answer's results for the account. */
  async answer(accountId: string, answers: Readonly<Record<string, string | null>>, locale: string): Promise<GuideAnswer> {
    const guide = await this.guide();
    return answerGuide(guide, this.familiarityOf(guide, accountId), answers, locale);
  }

  private guide(): Promise<PreparedGuide> {
    this.prepared ??= this.port()
      .loadGuideData()
      .then(prepareGuide)
      .catch((e: unknown) => {
        this.prepared = null;
        throw e;
      });
    return this.prepared;
  }

  private familiarityOf(guide: PreparedGuide, accountId: string): Familiarity | null {
    if (!this.familiar.has(accountId)) this.familiar.set(accountId, accountFamiliarity(guide, accountId, this.lines.get(accountId) ?? []));
    return this.familiar.get(accountId)!;
  }
}
