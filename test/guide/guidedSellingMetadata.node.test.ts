/**
 * The questionnaire as custom metadata records an admin edits (OO_ProductAttribute__mdt,
 * OO_GuideQuestion__mdt, OO_GuideOption__mdt), staged in manifest/guided-selling/ until the
 * connector's schema module and the fake org declare them: the records pass the package's custom
 * metadata check, and read back as a questionnaire they are the example questionnaire, exactly.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from '../../engine/index.js';
import { checkCustomMetadata } from '../manifest/checkCustomMetadata.js';
import { loadPackageSource } from '../manifest/loadPackageSource.js';
import { children, readXml, text } from '../manifest/readMetadata.js';

const pkg = loadPackageSource('manifest/guided-selling');

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
    expect([...pkg.objects.keys()].sort()).toEqual(['OO_GuideOption__mdt', 'OO_GuideQuestion__mdt', 'OO_ProductAttribute__mdt']);
  });

  it('is the example questionnaire, question for question and option for option', () => {
    const byOrder = (a: { OO_Order__c?: unknown }, b: { OO_Order__c?: unknown }) => Number(a.OO_Order__c) - Number(b.OO_Order__c);
    const attributes = records('OO_ProductAttribute').map((r) => ({ name: r.OO_Attribute__c, kind: r.OO_Kind__c, ...(r.OO_Unit__c ? { unit: r.OO_Unit__c } : {}), ...(r.OO_Better__c ? { better: r.OO_Better__c } : {}) }));
    const options = records('OO_GuideOption');
    const questions = records('OO_GuideQuestion').sort(byOrder).map((q) => ({
      id: q.OO_QuestionId__c,
      text: { en: q.OO_TextEn__c, ...(q.OO_TextEs__c ? { es: q.OO_TextEs__c } : {}) },
      options: options.filter((o) => o.OO_QuestionId__c === q.OO_QuestionId__c).sort(byOrder).map((o) => ({
        id: o.OO_OptionId__c,
        label: { en: o.OO_LabelEn__c, ...(o.OO_LabelEs__c ? { es: o.OO_LabelEs__c } : {}) },
        needs: JSON.parse(String(o.OO_Needs__c)),
      })),
    }));
    const example = parseQuestionnaire(JSON.parse(readFileSync('examples/questionnaire.online-retail.json', 'utf8')));
    const fromRecords = parseQuestionnaire({ attributes, questions });
    expect({ ...fromRecords, attributes: [...fromRecords.attributes].sort((a, b) => a.name.localeCompare(b.name)) }).toEqual({ ...example, attributes: [...example.attributes].sort((a, b) => a.name.localeCompare(b.name)) });
    expect(options).toHaveLength(example.questions.reduce((n, q) => n + q.options.length, 0));
  });
});
