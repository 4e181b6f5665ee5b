import type { OrgStore } from '../OrgStore.js';

/** What `seedModelLibrary` made: the library and the engine settings record. */
export interface ModelLibrary {
  library: string;
  setting: string;
}

/**
 * The org as the admin guide sets it up for the prepared model: a library (`ContentWorkspace`)
 * with its members (the integration user and the readers), and the engine settings record
 * `OO_EngineSetting__mdt.Default` naming the library and the integration user, with the package's
 * example values (stage, close-date offset, Opportunity name). `values` adds or overrides fields,
 * e.g. `OO_ModelDocumentId__c` once a first `prepare` has published the document.
 */
export function seedModelLibrary(store: OrgStore, integrationUserId: string, readers: readonly string[] = [], values: Record<string, unknown> = {}): ModelLibrary {
  const library = store.create('ContentWorkspace', { Name: 'Optimal Order' }, { asSystem: true }).Id;
  for (const member of new Set([integrationUserId, ...readers])) store.create('ContentWorkspaceMember', { ContentWorkspaceId: library, MemberId: member }, { asSystem: true });
  const setting = store.create(
    'OO_EngineSetting__mdt',
    {
      DeveloperName: 'Default',
      MasterLabel: 'Default',
      OO_ModelLibraryId__c: library,
      OO_IntegrationUserId__c: integrationUserId,
      OO_OpportunityStage__c: 'Prospecting',
      OO_CloseDateDays__c: 30,
      OO_OpportunityName__c: '{account} – Optimal Order {date}',
      ...values,
    },
    { asSystem: true },
  ).Id;
  return { library, setting };
}
