/**
 * How deep admin-written JSON (rules, promotions, feedback lines) may nest. The deepest real shape
 * is five levels (`priceRules[0].when.segments[0]`); 32 leaves room and keeps every recursive
 * reader (messages, the error-locating scan) far from the stack's limit, which a file of a few
 * thousand `[` would otherwise reach with a stack trace instead of a message.
 */
export const MAX_JSON_DEPTH = 32;

/** Characters of a path shown in a message. */
const PATH_CHARS = 60;

/** Where JSON nests too deep: the offset of the opening bracket and the path to it (`clientRules[0].appliesTo`). */
export interface DeepNesting {
  offset: number;
  path: string;
}

/**
 * Finds the first place where the JSON text nests deeper than `max`, without parsing it (so it
 * is safe on any text, valid or not): brackets are counted outside strings. `null` when none.
 */
export function findDeepNesting(text: string, max = MAX_JSON_DEPTH): DeepNesting | null {
  const path: (string | number)[] = [];
  let lastString = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      lastString = text.slice(i + 1, Math.min(end - 1, i + 1 + PATH_CHARS));
      i = end - 1;
    } else if (c === '{' || c === '[') {
      if (path.length === max) return { offset: i, path: formatPath(path) };
      path.push(c === '[' ? 0 : '');
    } else if (c === '}' || c === ']') path.pop();
    else if (c === ':' && typeof path.at(-1) === 'string') path[path.length - 1] = lastString;
    else if (c === ',' && typeof path.at(-1) === 'number') path[path.length - 1] = (path.at(-1) as number) + 1;
  }
  return null;
}

/**
 * The path to the first value of `json` (already parsed) deeper than `max`, or `null`. Iterative:
 * safe on a value nested a million levels deep.
 */
export function deepValuePath(json: unknown, max = MAX_JSON_DEPTH): string | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: json, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (path.length === max) return formatPath(path);
    for (const [key, child] of Object.entries(value)) {
      stack.push({ value: child, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return null;
}

/** The offset just after the string literal starting at `start` (or the text's end if it never closes). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i + 1;
  }
  return text.length;
}

/** `clientRules[0].appliesTo[0]`, cut to a readable length. */
function formatPath(path: readonly (string | number)[]): string {
  const text = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
  return text.length > PATH_CHARS ? text.slice(0, PATH_CHARS) + '…' : text || 'the top level';
}
