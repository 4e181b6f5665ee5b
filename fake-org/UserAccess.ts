import { FakeOrgError } from './FakeOrgError.js';
import type { OrgStore, SRecord } from './OrgStore.js';
import type { ObjectPermission, PermissionSet } from './PermissionSet.js';
import type { FieldSchema } from './schema.js';
import { PACKAGE_OBJECTS } from '../connector/packageSchema.js';

/** An object's organization-wide default: who sees and edits a record besides its owner. */
export type SharingModel = 'Private' | 'Read' | 'ReadWrite' | 'ControlledByParent';

/**
 * The organization-wide defaults the fake org starts with: the package's objects as `manifest/`
 * sets them (the proposal log private, its lines and account insights following their parent, promotions read only), line items
 * following their parent; any object not named is Public Read/Write.
 */
export const DEFAULT_SHARING: Readonly<Record<string, SharingModel>> = {
  OO_Proposal__c: 'Private',
  OO_ProposalLine__c: 'ControlledByParent',
  OO_Promotion__c: 'Read',
  // An account's insight follows its account (master-detail).
  [PACKAGE_OBJECTS.accountInsight.object]: 'ControlledByParent',
  OpportunityLineItem: 'ControlledByParent',
  OrderItem: 'ControlledByParent',
  // An account's contact roles (master-detail to Account).
  AccountContactRole: 'ControlledByParent',
};

/** What a user holds: Modify All Data (an administrator), or permission sets; and the Marketing User checkbox. */
export interface UserGrants {
  modifyAllData: boolean;
  permissionSets: readonly PermissionSet[];
  /**
   * The user record's Marketing User checkbox (a feature license, not a permission set): without
   * it nobody, administrators included, creates, edits or deletes campaigns.
   */
  marketingUser?: boolean;
}

/** Objects whose permissions are their parent's in Salesforce (no object permission of their own). */
const DERIVED: Readonly<Record<string, string>> = { OpportunityLineItem: 'Opportunity', OrderItem: 'Order', PricebookEntry: 'Pricebook2', CampaignMember: 'Campaign', AccountContactRole: 'Account' };
/** Derived objects written by who may edit the parent object (not only read it). */
const WRITE_NEEDS_EDIT = new Set(['CampaignMember', 'AccountContactRole']);
/** Salesforce Files and libraries: every user may use them; sharing (owner, library) decides. */
const FILES = new Set(['ContentDocument', 'ContentVersion', 'ContentWorkspace', 'ContentWorkspaceMember']);
const ALL: ObjectPermission = { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };
const NONE: ObjectPermission = { read: false, create: false, edit: false, delete: false, viewAll: false, modifyAll: false };

/** `INSUFFICIENT_ACCESS_OR_READONLY`, as Salesforce answers a write to a record the user may not edit. */
export function insufficientAccess(id: string, what = 'object id'): FakeOrgError {
  return new FakeOrgError('INSUFFICIENT_ACCESS_OR_READONLY', `insufficient access rights on ${what}: ${id}`, 400);
}

/**
 * One user's access in the org, as a request runs: object permissions (Modify All Data, or the
 * union of the user's permission sets; line items follow their parent object), record sharing
 * (organization-wide defaults, ownership, View All, master-detail parents) and files (owner or
 * library member). The store calls it on writes and references; queries filter with `canRead`.
 */
export class UserAccess {
  private libraries: Set<string> | undefined;
  /** Object permissions once worked out (a query asks per row). */
  private readonly permissions = new Map<string, ObjectPermission>();

  constructor(
    private readonly store: OrgStore,
    readonly userId: string,
    private readonly grants: UserGrants,
    private readonly sharing: Readonly<Record<string, SharingModel>>,
  ) {}

  /** The user's permissions on an object. */
  objectPermission(objectName: string): ObjectPermission {
    let p = this.permissions.get(objectName);
    if (!p) this.permissions.set(objectName, (p = this.workOutPermission(objectName)));
    return p;
  }

  private workOutPermission(objectName: string): ObjectPermission {
    if (objectName === 'Campaign' && !this.grants.marketingUser) return { ...this.permissionOnObject(objectName), create: false, edit: false, delete: false, modifyAll: false };
    return this.permissionOnObject(objectName);
  }

  private permissionOnObject(objectName: string): ObjectPermission {
    if (this.grants.modifyAllData) return ALL;
    const parent = DERIVED[objectName];
    if (parent) {
      const p = this.objectPermission(parent);
      // Line items are written by who reads their parent (sharing then asks for Edit on it); campaign members and contact roles need Edit on the parent object.
      const write = WRITE_NEEDS_EDIT.has(objectName) ? p.edit : p.read;
      return { ...NONE, read: p.read, create: write, edit: write, delete: write, viewAll: p.viewAll, modifyAll: p.modifyAll };
    }
    if (FILES.has(objectName)) return { ...NONE, read: true, create: true, edit: true, delete: true };
    if (objectName === 'User') return { ...NONE, read: true, viewAll: true };
    if (objectName.endsWith('__mdt')) {
      const read = this.grants.permissionSets.some((s) => s.customMetadataTypes.includes(objectName));
      return { ...NONE, read, viewAll: read };
    }
    const out = { ...NONE };
    for (const set of this.grants.permissionSets) {
      const p = set.objects[objectName];
      if (p) for (const k of Object.keys(out) as (keyof ObjectPermission)[]) out[k] ||= p[k];
    }
    return out;
  }

  /** Whether the user holds a user permission (`ApiEnabled`); an administrator holds all. */
  hasUserPermission(name: string): boolean {
    return this.grants.modifyAllData || this.grants.permissionSets.some((s) => s.userPermissions.includes(name));
  }

  /** Whether the user holds a custom permission (`OO_ManagerView`); an administrator holds all. */
  hasCustomPermission(name: string): boolean {
    return this.grants.modifyAllData || this.grants.permissionSets.some((s) => s.customPermissions.includes(name));
  }

  /** Whether the user sees a record. */
  canRead(objectName: string, record: SRecord): boolean {
    const p = this.objectPermission(objectName);
    if (!p.read) return false;
    if (FILES.has(objectName)) return this.seesFile(objectName, record);
    if (objectName === 'CampaignMember') return this.onMember(record, (o, r) => this.canRead(o, r));
    if (p.viewAll || p.modifyAll) return true;
    const model = this.sharing[objectName] ?? 'ReadWrite';
    if (model === 'Private') return ownerOf(record) === this.userId;
    if (model === 'ControlledByParent') return this.onParent(objectName, record, (o, r) => this.canRead(o, r));
    return true;
  }

  /** Whether the user may edit (or delete) a record. */
  canEdit(objectName: string, record: SRecord): boolean {
    const p = this.objectPermission(objectName);
    if (!p.edit || !this.canRead(objectName, record)) return false;
    if (FILES.has(objectName)) return objectName.startsWith('ContentWorkspace') ? this.grants.modifyAllData : ownerOf(this.fileDocument(objectName, record) ?? record) === this.userId;
    if (objectName === 'CampaignMember') return this.onMember(record, (o, r) => (o === 'Campaign' ? this.canEdit(o, r) : this.canRead(o, r)));
    if (p.modifyAll) return true;
    const model = this.sharing[objectName] ?? 'ReadWrite';
    // A Read Only master-detail (writeRequiresMasterRead): reading the parent is enough to edit its children.
    if (model === 'ControlledByParent') return this.onParent(objectName, record, (o, r, f) => (f.writeRequiresMasterRead ? this.canRead(o, r) : this.canEdit(o, r)));
    return model === 'ReadWrite' || ownerOf(record) === this.userId;
  }

  /** Refuses creating a record of an object the user may not create. */
  checkCreate(objectName: string): void {
    if (!this.objectPermission(objectName).create) throw insufficientAccess(objectName, 'object type');
  }

  /** Refuses editing or deleting a record the user may not edit. */
  checkEdit(objectName: string, record: SRecord): void {
    if (!this.canEdit(objectName, record)) throw insufficientAccess(record.Id);
  }

  /**
   * Refuses a reference to a record the user cannot see; for a master-detail parent (a line's
   * Opportunity, a proposal line's proposal) or a file's document (a new version), one the user
   * cannot edit: `INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY`, as Salesforce answers.
   */
  checkReference(objectName: string, field: FieldSchema, target: SRecord): void {
    const targetObject = field.referenceTo!;
    const needsEdit = (field.masterDetail && !field.writeRequiresMasterRead) || (objectName === 'ContentVersion' && field.name === 'ContentDocumentId') || (objectName === 'CampaignMember' && field.name === 'CampaignId');
    const library = field.name === 'FirstPublishLocationId';
    const ok = library ? this.grants.modifyAllData || this.memberOf(target.Id) : needsEdit ? this.canEdit(targetObject, target) : this.canRead(targetObject, target);
    if (!ok) throw new FakeOrgError('INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', `insufficient access rights on cross-reference id: ${target.Id}`, 400, [field.name]);
  }

  private onParent(objectName: string, record: SRecord, test: (object: string, parent: SRecord, field: FieldSchema) => boolean): boolean {
    const field = this.store.describe(objectName).fields.find((f) => f.masterDetail);
    const parent = field ? this.store.get(String(record[field.name])) : undefined;
    return !!parent && !!field && test(field.referenceTo!, parent, field);
  }

  /**
   * A campaign member as Salesforce shares it: seen by who sees its campaign and its contact (or
   * lead), edited by who may also edit the campaign.
   */
  private onMember(record: SRecord, test: (object: string, parent: SRecord) => boolean): boolean {
    const campaign = this.store.get(String(record.CampaignId));
    const personId = String(record.ContactId ?? record.LeadId ?? '');
    const person = this.store.get(personId);
    return !!campaign && !!person && test('Campaign', campaign) && test(this.store.objectOf(personId)!, person);
  }

  /** Files: a document is seen by its owner and the members of its library; a version as its document. */
  private seesFile(objectName: string, record: SRecord): boolean {
    if (objectName === 'ContentWorkspace') return this.grants.modifyAllData || this.memberOf(record.Id);
    if (objectName === 'ContentWorkspaceMember') return this.grants.modifyAllData || this.memberOf(String(record.ContentWorkspaceId));
    const document = this.fileDocument(objectName, record);
    return !!document && (ownerOf(document) === this.userId || (typeof document.ParentId === 'string' && this.memberOf(document.ParentId)));
  }

  private fileDocument(objectName: string, record: SRecord): SRecord | undefined {
    return objectName === 'ContentVersion' ? this.store.get(String(record.ContentDocumentId)) : record;
  }

  private memberOf(libraryId: string): boolean {
    if (!this.libraries) {
      this.libraries = new Set();
      for (const m of this.store.records('ContentWorkspaceMember')) if (m.MemberId === this.userId) this.libraries.add(String(m.ContentWorkspaceId));
    }
    return this.libraries.has(libraryId);
  }
}

/** A record's owner: its `OwnerId`, else its creator. */
function ownerOf(record: SRecord): unknown {
  return record.OwnerId ?? record.CreatedById;
}
