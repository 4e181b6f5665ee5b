// `npm run build` step: the Salesforce static resource `OptimalOrderWidget` from the widget's
// build — the files the Salesforce page loads (its entry, the chunks it imports, its CSS and the
// engine worker), nothing of the demo — into the SFDX project (manifest/).
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/widget/', import.meta.url));
const resource = fileURLToPath(new URL('../manifest/force-app/main/default/staticresources/OptimalOrderWidget/', import.meta.url));

interface Chunk {
  file: string;
  imports?: string[];
  css?: string[];
  assets?: string[];
}

/** The files the Salesforce entry loads, from Vite's manifest. */
export function salesforceFiles(manifest: Record<string, Chunk>): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key]!;
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const f of [...(chunk.css ?? []), ...(chunk.assets ?? [])]) files.add(f);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit('salesforce.html');
  return [...files].sort();
}

const manifest = JSON.parse(await readFile(`${dist}.vite/manifest.json`, 'utf8')) as Record<string, Chunk>;
const files = salesforceFiles(manifest);
await rm(resource, { recursive: true, force: true });
for (const file of files) {
  await mkdir(`${resource}${file.slice(0, file.lastIndexOf('/') + 1)}`, { recursive: true });
  await copyFile(`${dist}${file}`, `${resource}${file}`);
}
process.stdout.write(`static resource OptimalOrderWidget: ${files.join(', ')}\n`);
