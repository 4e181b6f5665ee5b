import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EngineError } from '../engine/index.js';
import { readJsonFile } from './readJsonFile.js';

const dir = mkdtempSync(join(tmpdir(), 'readJsonFile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function failure(path: string): Promise<EngineError> {
  const error = await readJsonFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof EngineError)) throw new Error(`expected an EngineError, got ${String(error)}`);
  return error;
}

describe('readJsonFile', () => {
  it('parses a JSON file, byte-order mark and all', async () => {
    expect(await readJsonFile(file('ok.json', '\uFEFF{"a": [1, "x"]}\n'))).toEqual({ a: [1, 'x'] });
  });

  it('says a missing file is not found, naming it', async () => {
    const path = join(dir, 'missing.json');
    const e = await failure(path);
    expect(e.code).toBe('FILE_NOT_FOUND');
    expect(e.message).toBe(`${path}: file not found`);
  });

  it('names the line and column of malformed JSON', async () => {
    const path = file('bad.json', '{\n  "a": 1,\n  "b": ,\n}\n');
    const e = await failure(path);
    expect(e.code).toBe('MALFORMED_JSON');
    expect(e.message).toMatch(new RegExp(`^${path.replace(/[.\\/]/g, '\\$&')}:3:8: `));
    expect(e.where).toEqual({ source: path, line: 3 });
  });

  it('keeps V8\'s words but not its echo of the file', async () => {
    const e = await failure(file('echo.json', '{\n  "secret": ,\n}'));
    expect(e.message).toMatch(/echo\.json:2:13: Unexpected token/);
    expect(e.message).not.toContain('secret');
  });

  it.each([
    ['a trailing comma', '{"a": 1,\n}', '2:1'],
    ['an unquoted key', '{\n a: 1}', '2:2'],
    ['a bad literal', '[1, tru]', '1:5'],
    ['a bad escape', '["a\\x"]', '1:4'],
    ['text after the value', '{}\n{}', '2:1'],
  ])('places %s', async (_, text, place) => {
    expect((await failure(file('place.json', text))).message).toContain(`place.json:${place}: `);
  });

  it('places a truncated file at its end', async () => {
    const e = await failure(file('cut.json', '{"a": [1,\n2'));
    expect(e.code).toBe('MALFORMED_JSON');
    expect(e.message).toMatch(/cut\.json:2:2: /);
  });

  it('says a directory cannot be read', async () => {
    expect((await failure(dir)).code).toBe('FILE_UNREADABLE');
  });

  it('refuses JSON nested deeper than 32 levels at its line and column, valid or not, without overflowing the stack', async () => {
    const deep = '['.repeat(100_000);
    for (const [name, text] of [['deep.json', `{\n  "novelty": ${deep}${']'.repeat(100_000)}}`], ['deep-broken.json', `{\n  "novelty": ${deep}}`]] as const) {
      const path = file(name, text);
      const error = await failure(path);
      expect(error.code).toBe('TOO_DEEP');
      expect(error.message).toBe(`${path}:2:${14 + 31}: JSON nested deeper than 32 levels, at "novelty${'[0]'.repeat(17)}[0…"`);
    }
  });

  it('refuses a file over 16 MiB before reading it', async () => {
    const path = file('huge.json', '[' + '0,'.repeat(8.5 * 2 ** 20) + '0]');
    const error = await failure(path);
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe(`${path}: 18 MB, more than the 16 MiB this file may be`);
  });
});
