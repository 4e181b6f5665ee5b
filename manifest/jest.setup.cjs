// Accessibility checks in the LWC tests: `await expect(element).toBeAccessible()` (axe-core rules, as lwc-recipes use them).
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
