import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { readXml, text } from './readMetadata.js';

/** One field of an object, from its `.field-meta.xml` (or a standard field the checks support). */
export interface FieldDef {
  name: string;
  type: string;
  required: boolean;
  /** The child relationship name (without `__r`) of a lookup or master-detail field. */
  relationshipName?: string;
  referenceTo?: string;
}

/** An object of the package (custom object, custom metadata type, or a standard object it extends). */
export interface ObjectDef {
  name: string;
  /** The object's own `.object-meta.xml`, absent for a standard object the package only adds fields to. */
  file?: string;
  fields: Map<string, FieldDef>;
}

/** What the offline checks read from an SFDX project: its objects, and the files of each kind. */
export interface PackageSource {
  /** The project directory (holding `sfdx-project.json`). */
  project: string;
  /** `force-app/main/default` inside it. */
  source: string;
  objects: Map<string, ObjectDef>;
  /** Child relationships: `Parent.Name__r` → child object. */
  childRelationships: Map<string, string>;
  /** Component names by metadata folder: tabs, classes, pages, customPermissions. */
  names: Record<'tabs' | 'classes' | 'pages' | 'customPermissions', Set<string>>;
  /** Every file under the source folder. */
  files: string[];
  /** A file's path relative to the project, as messages show it. */
  where(file: string): string;
}

/**
 * Standard objects the package reads or writes (permission sets may name them), with the standard
 * fields its report types use. Anything else must be defined in the package.
 */
export const STANDARD_OBJECTS = ['Account', 'Campaign', 'CampaignMember', 'Contact', 'Opportunity', 'Order', 'Pricebook2', 'Product2', 'User'];

/** Standard fields every object has, as custom report types name them, with their field types. */
export const STANDARD_FIELDS: FieldDef[] = [
  { name: 'Id', type: 'Id', required: false },
  { name: 'Name', type: 'Text', required: false },
  { name: 'CreatedDate', type: 'DateTime', required: false },
  { name: 'CreatedBy', type: 'Lookup', required: false },
  { name: 'LastModifiedDate', type: 'DateTime', required: false },
  { name: 'LastModifiedBy', type: 'Lookup', required: false },
  { name: 'Owner', type: 'Lookup', required: false },
];

/** Reads an SFDX project's source tree into what the checks need. */
export function loadPackageSource(project: string): PackageSource {
  const source = join(project, 'force-app/main/default');
  const files = [...walk(source)];
  const objects = loadObjects(join(source, 'objects'));
  const childRelationships = new Map<string, string>();
  for (const object of objects.values()) {
    for (const field of object.fields.values()) {
      if (field.relationshipName && field.referenceTo) childRelationships.set(`${field.referenceTo}.${field.relationshipName}__r`, object.name);
    }
  }
  const namesIn = (folder: string, suffix: string) =>
    new Set(files.filter((f) => f.startsWith(join(source, folder) + '/') && f.endsWith(suffix)).map((f) => basename(f, suffix)));
  return {
    project,
    source,
    objects,
    childRelationships,
    names: {
      tabs: namesIn('tabs', '.tab-meta.xml'),
      classes: namesIn('classes', '.cls'),
      pages: namesIn('pages', '.page'),
      customPermissions: namesIn('customPermissions', '.customPermission-meta.xml'),
    },
    files,
    where: (file) => relative(project, file),
  };
}

function loadObjects(dir: string): Map<string, ObjectDef> {
  const objects = new Map<string, ObjectDef>();
  if (!existsSync(dir)) return objects;
  for (const name of readdirSync(dir)) {
    const file = join(dir, name, `${name}.object-meta.xml`);
    const fields = new Map(STANDARD_FIELDS.map((f) => [f.name, f]));
    const fieldDir = join(dir, name, 'fields');
    if (existsSync(fieldDir)) {
      for (const f of readdirSync(fieldDir).filter((f) => f.endsWith('.field-meta.xml'))) {
        const field = readField(join(fieldDir, f));
        fields.set(field.name, field);
      }
    }
    objects.set(name, { name, ...(existsSync(file) ? { file } : {}), fields });
  }
  return objects;
}

function readField(file: string): FieldDef {
  const xml = readXml(file, 'CustomField');
  const relationshipName = text(xml, 'relationshipName');
  const referenceTo = text(xml, 'referenceTo');
  return {
    name: basename(file, '.field-meta.xml'),
    type: text(xml, 'type') ?? '',
    required: text(xml, 'required') === 'true',
    ...(relationshipName ? { relationshipName } : {}),
    ...(referenceTo ? { referenceTo } : {}),
  };
}

function* walk(dir: string): Generator<string> {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
