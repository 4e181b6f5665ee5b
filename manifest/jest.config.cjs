// Jest for the LWC (sfdx-lwc-jest's preset), over manifest/ only: Vitest runs everything else and
// never reads these files, nor Jest Vitest's. The page is served from a Lightning domain, as in an org.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
  ...jestConfig,
  rootDir: __dirname,
  testEnvironmentOptions: { url: 'https://acme.lightning.force.com/lightning/r/Account/001000000000001AAA/view' },
  modulePathIgnorePatterns: ['<rootDir>/.localdevserver'],
  setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv ?? []), '<rootDir>/jest.setup.cjs'],
};
