/**
 * What a merge field or function of a Visualforce page evaluates to in one request: strings,
 * booleans (`$Permission.…`), and the functions the OptimalOrder page calls.
 */
export interface PageRequest {
  /** Merge fields by name, e.g. `$Api.Session_ID`, `Account.Id`, `$User.FirstName`, `$Permission.OO_ManagerView`. */
  fields: Record<string, string | boolean>;
  /** The request's URL parameters (`$CurrentPage.parameters.…`; a missing one is empty). */
  parameters: URLSearchParams;
  /** `$Resource.<name>` → its URL, `/resource/<timestamp>/<name>`. */
  resources: Record<string, string>;
  /** The stylesheet `<apex:slds />` links (the platform serves SLDS). */
  sldsUrl: string;
}

type Value = string | boolean;

/**
 * A tiny Visualforce renderer, enough for the pages of this package and no more: the page's
 * `{!…}` expressions (merge fields, string literals, `JSENCODE`, `URLFOR`, `SUBSTITUTE`, `IF`),
 * `<apex:page>` and `<apex:slds />`. Anything else it does not know stops it with an error naming
 * it, so a page using something new fails the test rather than render wrong.
 */
export function renderVisualforcePage(source: string, request: PageRequest): string {
  let html = source.replace(/^\s*<!--[\s\S]*?-->\s*/, '');
  html = html.replace(/<apex:page\b[^>]*>/, '<!DOCTYPE html>\n<html>').replace(/<\/apex:page>\s*$/, '</html>\n');
  html = html.replace(/<apex:slds\s*\/>/g, `<link rel="stylesheet" href="${request.sldsUrl}" />`);
  const unknownTag = /<\/?apex:[a-zA-Z]+/.exec(html);
  if (unknownTag) throw new Error(`renderVisualforcePage: the tag ${unknownTag[0]}> is not rendered here`);
  let out = '';
  let at = 0;
  for (let start = html.indexOf('{!', at); start >= 0; start = html.indexOf('{!', at)) {
    const parser = new ExpressionParser(html, start + 2, request);
    const value = parser.expression();
    parser.expect('}');
    out += html.slice(at, start) + String(value);
    at = parser.position;
  }
  return out + html.slice(at);
}

/** `JSENCODE`: backslash-escapes what would end or break a JavaScript string, and `<`/`>` (no `</script>`). */
export function jsEncode(text: string): string {
  return text.replace(/[\\'"\n\r<>]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '\n': '\\n', '\r': '\\r', '<': '\\u003C', '>': '\\u003E' })[c]!);
}

const FUNCTIONS: Record<string, (args: Value[], request: PageRequest) => Value> = {
  JSENCODE: ([text]) => jsEncode(String(text)),
  URLFOR: ([resource, path]) => `${String(resource)}/${String(path)}`,
  SUBSTITUTE: ([text, from, to]) => String(text).split(String(from)).join(String(to)),
  IF: ([condition, then, otherwise]) => (condition === true ? then! : otherwise!),
};

/** A recursive-descent reader of one expression: calls, string literals and merge fields. */
class ExpressionParser {
  constructor(
    private readonly text: string,
    public position: number,
    private readonly request: PageRequest,
  ) {}

  expression(): Value {
    this.skipSpace();
    const c = this.text[this.position];
    if (c === "'" || c === '"') return this.literal(c);
    const name = /^[$A-Za-z_][\w.$]*/.exec(this.text.slice(this.position))?.[0];
    if (!name) throw new Error(`renderVisualforcePage: cannot read the expression at “${this.text.slice(this.position, this.position + 30)}”`);
    this.position += name.length;
    this.skipSpace();
    if (this.text[this.position] !== '(') return this.field(name);
    this.position++;
    const args: Value[] = [];
    while (this.skipSpace(), this.text[this.position] !== ')') {
      args.push(this.expression());
      this.skipSpace();
      if (this.text[this.position] === ',') this.position++;
    }
    this.position++;
    const fn = FUNCTIONS[name.toUpperCase()];
    if (!fn) throw new Error(`renderVisualforcePage: the function ${name}() is not rendered here`);
    return fn(args, this.request);
  }

  expect(c: string) {
    this.skipSpace();
    if (this.text[this.position] !== c) throw new Error(`renderVisualforcePage: expected “${c}” at “${this.text.slice(this.position, this.position + 30)}”`);
    this.position++;
  }

  private literal(quote: string): string {
    const end = this.text.indexOf(quote, this.position + 1);
    const value = this.text.slice(this.position + 1, end);
    this.position = end + 1;
    return value;
  }

  private field(name: string): Value {
    if (name.startsWith('$CurrentPage.parameters.')) return this.request.parameters.get(name.slice('$CurrentPage.parameters.'.length)) ?? '';
    if (name.startsWith('$Resource.')) {
      const url = this.request.resources[name.slice('$Resource.'.length)];
      if (url !== undefined) return url;
    }
    const value = this.request.fields[name];
    if (value === undefined) throw new Error(`renderVisualforcePage: the merge field ${name} has no value in this request`);
    return value;
  }

  private skipSpace() {
    while (/\s/.test(this.text[this.position] ?? '')) this.position++;
  }
}
