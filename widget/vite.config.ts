import { defineConfig } from 'vite';
export default defineConfig({
  root: import.meta.dirname,
  resolve: { alias: { events: 'events/', stream: 'readable-stream' } },
  build: { outDir: '../dist/widget', emptyOutDir: true },
  worker: { format: 'es' },
});
