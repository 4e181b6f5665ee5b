import { basename } from 'node:path';
import type { PackageSource } from './loadPackageSource.js';
import { attribute, children, readXml, text } from './readMetadata.js';

/** The `xsi:type` a custom metadata record value has, by the field's type (as Salesforce retrieves them). */
export const VALUE_TYPES: Record<string, string> = {
  Text: 'xsd:string', TextArea: 'xsd:string', LongTextArea: 'xsd:string', Picklist: 'xsd:string', Email: 'xsd:string',
  Phone: 'xsd:string', Url: 'xsd:string', Number: 'xsd:double', Percent: 'xsd:double', Checkbox: 'xsd:boolean',
  Date: 'xsd:date', DateTime: 'xsd:dateTime',
};

/**
 * The offline check of custom metadata records (`customMetadata/Type.Record.md-meta.xml`): the type
 * is a custom metadata type of the package, each value names one of its fields once, with the
 * `xsi:type` of that field's type (an empty value is `xsi:nil="true"`), numbers are numbers, and
 * every required field has a value.
 */
export function checkCustomMetadata(pkg: PackageSource): string[] {
  const problems: string[] = [];
  for (const file of pkg.files.filter((f) => f.endsWith('.md-meta.xml'))) {
    const at = pkg.where(file);
    const typeName = `${basename(file).split('.')[0]}__mdt`;
    const type = pkg.objects.get(typeName);
    if (!type) {
      problems.push(`${at}: ${typeName} is not a custom metadata type of the package`);
      continue;
    }
    const seen = new Set<string>();
    for (const value of children(readXml(file, 'CustomMetadata'), 'values')) {
      const field = text(value, 'field') ?? '';
      const def = type.fields.get(field);
      const v = children(value, 'value')[0] ?? {};
      const given = attribute(v, 'xsi:type');
      const content = String(v['#text'] ?? '');
      if (!def || !field.endsWith('__c')) problems.push(`${at}: <values> <field>${field}</field> is not a field of ${typeName}`);
      else if (attribute(v, 'xsi:nil') === 'true') {
        if (def.required) problems.push(`${at}: <values> ${field} is required but empty`);
      } else if (given !== VALUE_TYPES[def.type]) problems.push(`${at}: <values> ${field}: xsi:type="${given ?? ''}" for a ${def.type} field (expected ${VALUE_TYPES[def.type] ?? 'a supported type'})`);
      else if (given === 'xsd:double' && !Number.isFinite(Number(content))) problems.push(`${at}: <values> ${field}: ${content} is not a number`);
      if (seen.has(field)) problems.push(`${at}: <values> ${field} is given twice`);
      seen.add(field);
    }
    for (const def of type.fields.values()) if (def.required && !seen.has(def.name)) problems.push(`${at}: <values> lacks ${def.name}, which is required`);
  }
  return problems;
}
