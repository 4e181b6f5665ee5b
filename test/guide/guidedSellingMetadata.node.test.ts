/**
 * The questionnaire as custom metadata records an admin edits (OO_ProductAttribute__mdt,
 * OO_GuideQuestion__mdt, OO_GuideOption__mdt), in the package: the records pass the package's
 * custom metadata check, and read back as a questionnaire they are the example questionnaire, exactly.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire, questionnaireFromRecords } from '../../engine/index.js';
import { checkCustomMetadata } from '../manifest/checkCustomMetadata.js';
import { loadPackageSource } from '../manifest/loadPackageSource.js';
import { children, readXml, text } from '../manifest/readMetadata.js';

const pkg = loadPackageSource('manifest');

/** Every record of a type as field → value (numbers as numbers, empty as undefined). */
function records(type: string): Record<string, string | number | undefined>[] {
  return pkg.files
    .filter((f) => basename(f).startsWith(`${type}.`) && f.endsWith('.md-meta.xml'))
    .map((f) => Object.fromEntries(children(readXml(f, 'CustomMetadata'), 'values').map((v) => {
      const value = children(v, 'value')[0] ?? {};
      const raw = value['#text'];
      return [text(v, 'field')!, raw === undefined ? undefined : String(value['@_xsi:type']) === 'xsd:double' ? Number(raw) : String(raw)];
    })));
}

describe('the guided-selling custom metadata', () => {
  it('passes the package check of custom metadata records', () => {
    expect(checkCustomMetadata(pkg)).toEqual([]);
    expect([...pkg.objects.keys()]).toEqual(expect.arrayContaining(['OO_GuideOption__mdt', 'OO_GuideQuestion__mdt', 'OO_ProductAttribute__mdt']));
  });

  it('is the example questionnaire, question for question and option for option', () => {
    const str = (v: unknown) => (v === undefined ? null : String(v));
    const options = records('OO_GuideOption').map((r) => ({ questionId: String(r.OO_QuestionId__c), optionId: String(r.OO_OptionId__c), order: Number(r.OO_Order__c), labelEn: String(r.OO_LabelEn__c), labelEs: str(r.OO_LabelEs__c), needs: str(r.OO_Needs__c) }));
    const fromRecords = questionnaireFromRecords(
      records('OO_ProductAttribute').map((r) => ({ attribute: String(r.OO_Attribute__c), field: String(r.OO_Field__c), kind: String(r.OO_Kind__c), unit: str(r.OO_Unit__c), better: str(r.OO_Better__c) })),
      records('OO_GuideQuestion').map((r) => ({ questionId: String(r.OO_QuestionId__c), order: Number(r.OO_Order__c), textEn: String(r.OO_TextEn__c), textEs: str(r.OO_TextEs__c) })),
      options,
    );
    const example = parseQuestionnaire(JSON.parse(readFileSync('examples/questionnaire.online-retail.json', 'utf8')));
    expect({ ...fromRecords, attributes: [...fromRecords.attributes].sort((a, b) => a.name.localeCompare(b.name)) }).toEqual({ ...example, attributes: [...example.attributes].sort((a, b) => a.name.localeCompare(b.name)) });
    expect(options).toHaveLength(example.questions.reduce((n, q) => n + q.options.length, 0));
  });
});
