// Seeds of the fake org: the small one for fast tests, the shared data for the demo and benchmark, the package's users.

export type { SeedLine } from './SeedLine.js';
export { seedOrg, type SeedIds } from './seedOrg.js';
export { smallSeed } from './smallSeed.js';
export { sharedDataSeed } from './sharedDataSeed.js';
export { seedLinesFromCsv } from './seedLinesFromCsv.js';
export { seedUsers, SEED_PASSWORDS, type SeedUsers } from './seedUsers.js';
export { seedModelLibrary, type ModelLibrary } from './seedModelLibrary.js';
export { seedGuide, DEMO_ATTRIBUTE_FIELDS, type SeededGuide } from './seedGuide.js';
export { seedContacts } from './seedContacts.js';
