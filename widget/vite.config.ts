import { defineConfig } from 'vite';

/**
 * The widget's build: `index.html` is what the Salesforce static resource ships (the widget and
 * its engine worker), `demo.html` the demo over the fake org in the browser (msw, SLDS from the
 * package). The connector's `jsforce` is jsforce's browser core here (no bulk, SOAP or CSV), and
 * the Node built-ins it imports, `events` and `stream`, resolve to their small browser packages
 * rather than a blanket polyfill.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: {
    alias: [
      { find: /^jsforce$/, replacement: 'jsforce/core' },
      { find: /^events$/, replacement: 'events/' },
      { find: /^stream$/, replacement: 'readable-stream' },
    ],
  },
  build: {
    outDir: '../dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: { input: { index: `${import.meta.dirname}/index.html`, demo: `${import.meta.dirname}/demo.html` } },
  },
  // Node's `global`, which some of jsforce's dependencies read, is the browser's `globalThis`.
  define: { global: 'globalThis' },
  worker: { format: 'es' },
  preview: { port: Number(process.env.PORT ?? 5173), strictPort: true },
});
