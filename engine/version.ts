/** The engine's version, logged with every saved proposal (kept equal to package.json's by a test). */
export const ENGINE_VERSION = '0.2.0';
