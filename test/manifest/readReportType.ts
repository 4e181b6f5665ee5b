import { basename } from 'node:path';
import type { FieldDef, PackageSource } from './loadPackageSource.js';
import { children, readXml, text, type Xml } from './readMetadata.js';

/** ReportTypeCategory values (Metadata API). */
const CATEGORIES = ['accounts', 'opportunities', 'forecasts', 'cases', 'leads', 'campaigns', 'activities', 'busop', 'products', 'admin', 'territory', 'territory2', 'usage_entitlement', 'wdc', 'calibration', 'other', 'content', 'quotes', 'individual'];

/** A custom report type: its tables (base object and joined relationships) and the fields it exposes. */
export interface ReportTypeDef {
  name: string;
  file: string;
  baseObject: string;
  /** True when another object is joined (a row per child record). */
  joined: boolean;
  /** Table path (`OO_Proposal__c`, `OO_Proposal__c.OO_Lines__r`) → object name. */
  tables: Map<string, string>;
  /** Table path → fields the type's sections expose on it. */
  exposed: Map<string, Set<string>>;
}

/**
 * Reads a `.reportType-meta.xml`, resolving its join chain through the package's child
 * relationships (`<relationship>OO_Lines__r</relationship>` on OO_Proposal__c is
 * OO_ProposalLine__c). Problems (unknown object, relationship, table or field) are pushed to
 * `problems`, each naming the file and the element.
 */
export function readReportType(file: string, pkg: PackageSource, problems: string[]): ReportTypeDef {
  const xml = readXml(file, 'ReportType');
  const at = pkg.where(file);
  const baseObject = text(xml, 'baseObject') ?? '';
  if (!pkg.objects.has(baseObject)) problems.push(`${at}: <baseObject>${baseObject}</baseObject> is not an object of the package`);
  if (!CATEGORIES.includes(text(xml, 'category') ?? '')) problems.push(`${at}: <category>${text(xml, 'category') ?? ''}</category> is not a report type category`);
  if (text(xml, 'deployed') !== 'true' || !text(xml, 'label')) problems.push(`${at}: <deployed>true</deployed> and a <label> are required for reps to use it`);
  const tables = new Map([[baseObject, baseObject]]);
  let path = baseObject;
  let join: Xml | undefined = children(xml, 'join')[0];
  while (join) {
    const relationship = text(join, 'relationship') ?? '';
    const child = pkg.childRelationships.get(`${tables.get(path)}.${relationship}`);
    if (!child) problems.push(`${at}: <join><relationship>${relationship}</relationship>: ${tables.get(path)} has no child relationship ${relationship}`);
    path = `${path}.${relationship}`;
    tables.set(path, child ?? '');
    join = children(join, 'join')[0];
  }
  const exposed = new Map<string, Set<string>>();
  for (const section of children(xml, 'sections')) {
    for (const column of children(section, 'columns')) {
      const table = text(column, 'table') ?? '';
      const field = text(column, 'field') ?? '';
      if (!tables.has(table)) problems.push(`${at}: <columns> table ${table} is neither the base object nor a joined relationship`);
      else if (!fieldOf(pkg, tables.get(table)!, field)) problems.push(`${at}: <columns> field ${field}: ${tables.get(table)} has no field ${field}`);
      if (!exposed.has(table)) exposed.set(table, new Set());
      exposed.get(table)!.add(field);
    }
  }
  return { name: basename(file, '.reportType-meta.xml'), file, baseObject, joined: tables.size > 1, tables, exposed };
}

/** A field of an object of the package (or a supported standard field), or undefined. */
export function fieldOf(pkg: PackageSource, object: string, field: string): FieldDef | undefined {
  return pkg.objects.get(object)?.fields.get(field);
}
