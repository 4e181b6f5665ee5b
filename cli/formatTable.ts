/** Formats rows as a plain-text table with a header rule; numbers right-aligned, text left. */
export function formatTable(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, j) => Math.max(...cells.map((r) => r[j]!.length)));
  const numeric = header.map((_, j) => rows.every((r) => typeof r[j] === 'number' || /^[\d.,−-]+%?$|^n\/a$/.test(String(r[j]))));
  const line = (r: string[]) => r.map((c, j) => (numeric[j] ? c.padStart(widths[j]!) : c.padEnd(widths[j]!))).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
