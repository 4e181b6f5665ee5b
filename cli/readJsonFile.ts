import { EngineError, findDeepNesting, MAX_JSON_DEPTH, quoteText } from '../engine/index.js';
import { readTextFile } from './readTextFile.js';

/**
 * Reads and parses a JSON file (rules, promotions). A missing file is `FILE_NOT_FOUND`, an
 * unreadable one `FILE_UNREADABLE`, bad JSON `MALFORMED_JSON` with `path:line:column: message`
 * (the line also in `where`), JSON nested deeper than `MAX_JSON_DEPTH` `TOO_DEEP` (checked on the
 * text first, so no reader, this one's error scan included, recurses that deep). A byte-order mark
 * is skipped. What the JSON means is checked by the caller (`parseRules`, `parsePromotions`).
 */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readTextFile(path);
  const deep = findDeepNesting(text);
  if (deep) {
    const { line, column } = position(text, deep.offset);
    const problem = `JSON nested deeper than ${MAX_JSON_DEPTH} levels, at ${quoteText(deep.path)}`;
    throw new EngineError('TOO_DEEP', `${path}:${line}:${column}: ${problem}`, { source: path, line });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    // Node 20's messages often lack a position and echo the whole file: find the place ourselves
    // and keep V8's words up to the echo ("Unexpected token ','").
    // Escaped (a control character in the file may be the unexpected token), without quote marks.
    const message = quoteText((error as Error).message.replace(/, ".*" is not valid JSON$/s, '').slice(0, 120), 120).slice(1, -1);
    const offset = syntaxErrorOffset(text);
    if (offset < 0) throw new EngineError('MALFORMED_JSON', `${path}: ${message}`, { source: path });
    const { line, column } = position(text, offset);
    throw new EngineError('MALFORMED_JSON', `${path}:${line}:${column}: ${message}`, { source: path, line });
  }
}

/** The 1-based line and column of an offset. */
function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** Literals after a value's first character: numbers, `true`, `false`, `null` (sticky: read at `lastIndex`). */
const LITERAL = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/**
 * The offset of the first JSON syntax error in `s` (the end of the text when it stops short), or
 * -1 when it finds none. A small recursive-descent scan, run only once `JSON.parse` has failed,
 * on text already checked to nest at most `MAX_JSON_DEPTH` levels; deeper, it stops there anyway.
 */
function syntaxErrorOffset(s: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r') i++;
  };
  const sticky = (re: RegExp) => {
    re.lastIndex = i;
    if (!re.test(s)) fail();
    i = re.lastIndex;
  };
  const string = () => {
    i++;
    for (;;) {
      const c = s[i];
      if (c === undefined || c < ' ') fail();
      if (c === '"') return void i++;
      if (c === '\\') sticky(ESCAPE);
      else i++;
    }
  };
  /** Items of an object or array up to `close`, each read by `item`. */
  const items = (close: string, item: () => void) => {
    i++;
    depth++;
    ws();
    if (s[i] === close) return void (i++, depth--);
    for (;;) {
      item();
      ws();
      if (s[i] === close) return void (i++, depth--);
      if (s[i] !== ',') fail();
      i++;
    }
  };
  let depth = 0;
  const value = (): void => {
    ws();
    if ((s[i] === '{' || s[i] === '[') && depth === MAX_JSON_DEPTH) fail();
    if (s[i] === '{') {
      return items('}', () => {
        ws();
        if (s[i] !== '"') fail();
        string();
        ws();
        if (s[i] !== ':') fail();
        i++;
        value();
      });
    }
    if (s[i] === '[') return items(']', value);
    if (s[i] === '"') return string();
    sticky(LITERAL);
  };
  try {
    value();
    ws();
    return i < s.length ? i : -1;
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
}
