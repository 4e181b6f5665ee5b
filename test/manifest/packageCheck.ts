import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ComponentSet, MetadataConverter } from '@salesforce/source-deploy-retrieve';
import { XMLValidator } from 'fast-xml-parser';

/** What converting an SFDX source tree to a metadata package gave. */
export interface ConvertedPackage {
  /** `Type:member` of every component, sorted. */
  members: string[];
  /** The package.xml API version. */
  version: string;
  /** Where the converted package was written. */
  directory: string;
}

/**
 * The offline deployability check: every metadata XML file is well-formed, and the whole source
 * tree converts to a metadata package (what `sf project deploy` sends), as Salesforce's own
 * library (`@salesforce/source-deploy-retrieve`) does it, with no org.
 */
export async function convertPackage(projectDir: string, outputDirectory: string): Promise<ConvertedPackage> {
  for (const file of walk(join(projectDir, 'force-app'))) {
    if (!file.endsWith('.xml') && !file.endsWith('.page')) continue;
    const verdict = XMLValidator.validate(readFileSync(file, 'utf8'));
    if (verdict !== true) throw new Error(`${file}:${verdict.err.line}: ${verdict.err.msg}`);
  }
  const project = JSON.parse(readFileSync(join(projectDir, 'sfdx-project.json'), 'utf8')) as { sourceApiVersion: string };
  const set = ComponentSet.fromSource(join(projectDir, 'force-app'));
  set.sourceApiVersion = project.sourceApiVersion;
  set.apiVersion = project.sourceApiVersion;
  await new MetadataConverter().convert(set, 'metadata', { type: 'directory', outputDirectory, genUniqueDir: false });
  const packageXml = readFileSync(join(outputDirectory, 'package.xml'), 'utf8');
  const members: string[] = [];
  for (const [, body] of packageXml.matchAll(/<types>([\s\S]*?)<\/types>/g)) {
    const name = /<name>(.*?)<\/name>/.exec(body!)![1]!;
    for (const [, member] of body!.matchAll(/<members>(.*?)<\/members>/g)) members.push(`${name}:${member}`);
  }
  return { members: members.sort(), version: /<version>(.*?)<\/version>/.exec(packageXml)![1]!, directory: outputDirectory };
}

function* walk(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}
