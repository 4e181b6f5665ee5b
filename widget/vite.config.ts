import { defineConfig } from 'vite';

/**
 * The widget's build: `salesforce.html` is what the Salesforce static resource ships (the widget
 * and its engine worker), `index.html` the demo over the fake org in the browser (msw, SLDS from
 * the package), which `npm start` serves at the root. The connector's `jsforce` is jsforce's browser core here (no bulk, SOAP or CSV), and
 * the Node built-ins it imports, `events` and `stream`, resolve to their small browser packages
 * rather than a blanket polyfill, and `timers` to the two functions it reads (`worker/timers.ts`).
 */
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: {
    alias: [
      { find: /^jsforce$/, replacement: 'jsforce/core' },
      { find: /^events$/, replacement: 'events/' },
      { find: /^stream$/, replacement: 'readable-stream' },
      { find: /^timers$/, replacement: `${import.meta.dirname}/worker/timers.ts` },
    ],
  },
  build: {
    outDir: '../dist/widget',
    emptyOutDir: true,
    target: 'es2022',
    // Which files each page loads: the bench sums them for the bundle budgets.
    manifest: true,
    rollupOptions: {
      input: { demo: `${import.meta.dirname}/index.html`, salesforce: `${import.meta.dirname}/salesforce.html` },
      // Stable names: the Visualforce page names its files, and a static resource's URL already changes with each upload.
      output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js', assetFileNames: 'assets/[name][extname]' },
    },
  },
  // Node's `global`, which some of jsforce's dependencies read, is the browser's `globalThis`.
  define: { global: 'globalThis' },
  worker: { format: 'es', rollupOptions: { output: { entryFileNames: 'assets/[name].js', chunkFileNames: 'assets/[name].js' } } },
  preview: { port: Number(process.env.PORT ?? 5173), strictPort: true },
});
