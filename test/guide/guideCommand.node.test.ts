/**
 * `catalog` then `guide` through the real command line (in process), on a small order file whose
 * descriptions state their attributes: the catalog CSV, the guide's JSON (results, relaxations,
 * next question), the history blend for an account and for one with no order, and exit code 2
 * naming an unknown question, option or attribute. Also: the example questionnaire and answers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAnswers, parseQuestionnaire } from '../../engine/index.js';
import { CANONICAL_HEADER } from '../support/canonicalOrders.js';
import { runCommand as cli } from '../support/runCommand.js';

const dir = mkdtempSync(join(tmpdir(), 'optimal-order-guide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

// P1 red Christmas bag 2.50; P2 red Christmas bag 2.50 (same fit); P3 blue bag 1.00; P4 pack of 12 red paper napkins 0.85.
const orders = file('orders.csv', [
  CANONICAL_HEADER,
  'C1,O1,2011-01-03,P1,6,2.50,RED CHRISTMAS BAG',
  'C1,O2,2011-02-03,P2,6,2.50,RED CHRISTMAS BAG LARGE',
  'C1,O3,2011-03-03,P2,6,2.50,RED CHRISTMAS BAG LARGE',
  'C2,O4,2011-02-04,P3,12,1.00,BLUE BAG',
  'C2,O5,2011-02-05,P4,12,0.85,PACK OF 12 RED PAPER NAPKINS',
].join('\n') + '\n');

const questionnaire = file('questionnaire.json', JSON.stringify({
  attributes: [{ name: 'type', kind: 'category' }, { name: 'colour', kind: 'category' }, { name: 'theme', kind: 'category' }, { name: 'price', kind: 'number', better: 'less' }],
  questions: [
    { id: 'occasion', text: 'For?', options: [{ id: 'christmas', label: { en: 'Christmas', es: 'Navidad' }, needs: [{ attribute: 'theme', values: ['christmas'], weight: 3 }] }] },
    { id: 'colour', text: 'Colour?', options: [{ id: 'red', label: 'red', needs: [{ attribute: 'colour', values: ['red'], hard: true }] }, { id: 'blue', label: 'blue', needs: [{ attribute: 'colour', values: ['blue'], hard: true }] }] },
    { id: 'budget', text: 'Price?', options: [{ id: 'under-1', label: 'under £1', needs: [{ attribute: 'price', atMost: 1, tolerance: 0.2, hard: true }] }] },
    { id: 'kind', text: 'Kind?', options: [{ id: 'bag', label: 'a bag', needs: [{ attribute: 'type', values: ['bag'], hard: true }] }] },
  ],
}));
const answers = (a: Record<string, string | null>) => file(`answers-${Object.values(a).join('-')}.json`, JSON.stringify({ answers: a }));
const catalog = join(dir, 'catalog.csv');

describe('optimal-order catalog', () => {
  it('writes product_id,name,price and the attributes read from descriptions, and the coverage', async () => {
    const { code, stderr } = await cli('catalog', '--orders', orders, '--out', catalog);
    expect(code).toBe(0);
    expect(readFileSync(catalog, 'utf8').trim().split('\n')).toEqual([
      'product_id,name,price,type,colour,theme,material,pack_size,price_band',
      'P1,RED CHRISTMAS BAG,2.5,bag,red,christmas,,,2.50 to 5',
      'P2,RED CHRISTMAS BAG LARGE,2.5,bag,red,christmas,,,2.50 to 5',
      'P3,BLUE BAG,1,bag,blue,,,,1 to 2.50',
      'P4,PACK OF 12 RED PAPER NAPKINS,0.85,party,red,,paper,12,under 1',
    ]);
    expect(stderr).toContain('4 products; coverage: type 100.0 %, colour 100.0 %, theme 50.0 %, material 25.0 %, pack_size 25.0 %, price_band 100.0 %');
  });
});

describe('optimal-order guide', () => {
  const guide = async (...args: string[]) => {
    const run = await cli('guide', '--catalog', catalog, '--questionnaire', questionnaire, ...args);
    return { ...run, json: run.code === 0 ? JSON.parse(run.stdout) : null };
  };

  it('ranks, explains, and with nothing that fits lists the minimal relaxations', async () => {
    await cli('catalog', '--orders', orders, '--out', catalog);
    const { code, json } = await guide('--answers', answers({ colour: 'red', budget: 'under-1', kind: 'bag' }), '--k', '2');
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['results', 'relaxations', 'nextQuestion', 'fitting']);
    expect(json.fitting).toBe(0);
    // P1/P2 miss the budget only; P3 misses the colour only; P4 the kind only.
    expect(json.relaxations).toEqual([{ drop: ['budget'], admits: 2 }, { drop: ['colour'], admits: 1 }, { drop: ['kind'], admits: 1 }]);
    expect(json.results).toHaveLength(2);
    expect(json.results[0]).toMatchObject({ fits: false, reason: 'meets 2 of 3 needs' });
    expect(json.nextQuestion).toBe('occasion');
  });

  it('puts first, between equal fits, what the account buys, and says so; an account with no order gets everyone', async () => {
    await cli('catalog', '--orders', orders, '--out', catalog);
    const a = answers({ occasion: 'christmas', colour: 'red' });
    const plain = await guide('--answers', a, '--k', '2');
    expect(plain.json.results.map((r: { productId: string }) => r.productId)).toEqual(['P1', 'P2']);
    const own = await guide('--answers', a, '--k', '2', '--orders', orders, '--customer', 'C1');
    expect(own.json.results.map((r: { productId: string }) => r.productId)).toEqual(['P2', 'P1']);
    expect(own.json.results[0].reason).toBe('meets all 2 needs asked; familiar: the account bought it in 2 orders');
    const nobody = await guide('--answers', a, '--k', '2', '--orders', orders, '--customer', 'NEW', '--locale', 'es');
    expect(nobody.code).toBe(0);
    expect(nobody.stderr).toContain('customer NEW has no order');
    expect(nobody.json.results[0].reason).toMatch(/^cumple las 2 necesidades pedidas; conocido: lo compra el 50\s% de los clientes$/);
  });

  it('stops with exit code 2 naming an unknown question, option or attribute', async () => {
    await cli('catalog', '--orders', orders, '--out', catalog);
    const question = await guide('--answers', answers({ color: 'red' }));
    expect([question.code, question.stderr]).toEqual([2, expect.stringContaining("unknown question 'color'")]);
    const option = await guide('--answers', answers({ colour: 'teal' }));
    expect([option.code, option.stderr]).toEqual([2, expect.stringContaining("question 'colour' has no option 'teal'")]);
    const q = JSON.parse(readFileSync(questionnaire, 'utf8'));
    q.questions[0].options[0].needs[0].attribute = 'season';
    const undeclared = await cli('guide', '--catalog', catalog, '--questionnaire', file('q2.json', JSON.stringify(q)), '--answers', answers({ colour: 'red' }));
    expect([undeclared.code, undeclared.stderr]).toEqual([2, expect.stringContaining("question 'occasion', option 'christmas': attribute 'season' is not declared")]);
    q.attributes.push({ name: 'season', kind: 'category' });
    const notInCatalog = await cli('guide', '--catalog', catalog, '--questionnaire', file('q3.json', JSON.stringify(q)), '--answers', answers({ colour: 'red' }));
    expect([notInCatalog.code, notInCatalog.stderr]).toEqual([2, expect.stringContaining("attribute 'season' is not a column of the catalog")]);
  });
});

describe('the example questionnaire and answers', () => {
  it('parse, and every answer is one of the questionnaire', () => {
    const q = parseQuestionnaire(JSON.parse(readFileSync('examples/questionnaire.online-retail.json', 'utf8')));
    expect(q.questions.every((question) => question.text.es && question.options.every((o) => o.label.es))).toBe(true);
    const a = parseAnswers(JSON.parse(readFileSync('examples/answers.online-retail.json', 'utf8')), q);
    expect(Object.keys(a).length).toBeGreaterThanOrEqual(3);
  });
});
