import Mustache from 'mustache';

/** A variable or section a template uses, with the kind of tag: `name` (escaped), `&` (raw), `#`, `^`, `>`. */
export interface TemplateTag {
  kind: string;
  /** Dotted path from the view's root, sections included: `lines.promotion.name`. */
  path: string;
}

/** Every tag of a Mustache template, in order (for checking templates, not for rendering). */
export function templateTags(template: string): TemplateTag[] {
  const out: TemplateTag[] = [];
  const walk = (tokens: unknown[][], scope: string[]) => {
    for (const t of tokens) {
      const [kind, name] = t as [string, string];
      if (kind === 'text' || kind === '!' || kind === '=') continue;
      const path = name === '.' ? scope.join('.') : [...scope, name].join('.');
      out.push({ kind, path });
      if ((kind === '#' || kind === '^') && Array.isArray(t[4])) walk(t[4] as unknown[][], kind === '#' ? [...scope, name] : scope);
    }
  };
  walk(Mustache.parse(template) as unknown as unknown[][], []);
  return out;
}
