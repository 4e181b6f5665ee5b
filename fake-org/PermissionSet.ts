/** What a permission set grants on one object, as `objectPermissions` in its metadata. */
export interface ObjectPermission {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

/**
 * A permission set as the fake org uses it: object permissions by object name, the custom
 * permissions it enables (`OO_ManagerView`), the custom metadata types it may read, and user
 * permissions (`ApiEnabled`). Read from the package's metadata (`permissionSetsFromManifest`).
 */
export interface PermissionSet {
  name: string;
  objects: Record<string, ObjectPermission>;
  customPermissions: string[];
  customMetadataTypes: string[];
  userPermissions: string[];
}
