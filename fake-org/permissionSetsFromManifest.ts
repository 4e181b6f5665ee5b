// Node only: reads the package's permission sets, so the fake org grants exactly what they grant.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser } from 'fast-xml-parser';
import type { ObjectPermission, PermissionSet } from './PermissionSet.js';

/** The package's permission sets folder in this repository. */
export const MANIFEST_PERMISSION_SETS = fileURLToPath(new URL('../manifest/force-app/main/default/permissionsets/', import.meta.url));

const LISTS = new Set(['objectPermissions', 'customPermissions', 'customMetadataTypeAccesses', 'userPermissions', 'fieldPermissions', 'pageAccesses', 'classAccesses', 'tabSettings']);

/**
 * Every `*.permissionset-meta.xml` in `folder` as a `PermissionSet`: object permissions, enabled
 * custom permissions, custom metadata type accesses and user permissions. Field permissions are
 * not read (the fake org does not model field-level security).
 */
export function permissionSetsFromManifest(folder = MANIFEST_PERMISSION_SETS): PermissionSet[] {
  const parser = new XMLParser({ isArray: (name) => LISTS.has(name), parseTagValue: false });
  return readdirSync(folder)
    .filter((f) => f.endsWith('.permissionset-meta.xml'))
    .sort()
    .map((file) => {
      const xml = parser.parse(readFileSync(`${folder}/${file}`, 'utf8')) as { PermissionSet?: Record<string, unknown> };
      if (!xml.PermissionSet) throw new Error(`${file}: not a PermissionSet`);
      return permissionSetOf(file.replace('.permissionset-meta.xml', ''), xml.PermissionSet);
    });
}

type Entry = Record<string, string | undefined>;

function permissionSetOf(name: string, xml: Record<string, unknown>): PermissionSet {
  const list = (key: string) => (xml[key] as Entry[] | undefined) ?? [];
  const enabled = (key: string) => list(key).filter((e) => e.enabled === 'true').map((e) => String(e.name));
  const yes = (v: string | undefined) => v === 'true';
  const objects: Record<string, ObjectPermission> = {};
  for (const p of list('objectPermissions')) {
    objects[String(p.object)] = {
      read: yes(p.allowRead),
      create: yes(p.allowCreate),
      edit: yes(p.allowEdit),
      delete: yes(p.allowDelete),
      viewAll: yes(p.viewAllRecords),
      modifyAll: yes(p.modifyAllRecords),
    };
  }
  return { name, objects, customPermissions: enabled('customPermissions'), customMetadataTypes: enabled('customMetadataTypeAccesses'), userPermissions: enabled('userPermissions') };
}
