import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The console builds into dist/web, which the gateway serves at / (gateway/console.ts). `npx vite
 * web` serves it in development against a hub started by `npm start` on port 4000.
 */
export default defineConfig({
  root,
  plugins: [react()],
  build: { outDir: fileURLToPath(new URL('../dist/web', import.meta.url)), emptyOutDir: true },
  server: {
    proxy: {
      '/graphql': 'http://localhost:4000',
      '/dev': 'http://localhost:4000',
    },
  },
});
