import { describe, expect, it } from 'vitest';
import { engineSettingFrom } from './engineSetting.js';
import { opportunityFields } from './opportunityFields.js';

describe('opportunityFields', () => {
  it('uses the defaults when the setting is empty: Prospecting, 30 days, the account and the day in the name', () => {
    expect(opportunityFields(engineSettingFrom(undefined), 'Acme Gifts Ltd', '2011-09-01')).toEqual({ Name: 'Acme Gifts Ltd – Optimal Order 2011-09-01', StageName: 'Prospecting', CloseDate: '2011-10-01' });
  });

  it('follows the setting, blank values counting as empty, and cuts a long name at 120 characters', () => {
    const setting = engineSettingFrom({ OO_MinProbability__c: null, OO_MinExpectedValue__c: null, OO_MaxNovelties__c: null, OO_HorizonDays__c: null, OO_OpportunityStage__c: 'Qualification', OO_CloseDateDays__c: 7, OO_OpportunityName__c: '{date}: {account}' });
    expect(opportunityFields(setting, 'Acme', '2011-12-28')).toEqual({ Name: '2011-12-28: Acme', StageName: 'Qualification', CloseDate: '2012-01-04' });
    expect(opportunityFields(setting, 'x'.repeat(200), '2011-12-28').Name).toHaveLength(120);
    expect(engineSettingFrom({ OO_MinProbability__c: null, OO_MinExpectedValue__c: null, OO_MaxNovelties__c: null, OO_HorizonDays__c: null, OO_OpportunityStage__c: '  ', OO_CloseDateDays__c: null }).opportunityStage).toBe('Prospecting');
  });

  it('always names the account: a template without {account} gets it in front', () => {
    const setting = engineSettingFrom({ OO_MinProbability__c: null, OO_MinExpectedValue__c: null, OO_MaxNovelties__c: null, OO_HorizonDays__c: null, OO_OpportunityName__c: 'Optimal Order {date}' });
    expect(opportunityFields(setting, 'Acme Gifts Ltd', '2011-09-01').Name).toBe('Acme Gifts Ltd – Optimal Order 2011-09-01');
  });
});
