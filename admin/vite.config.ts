import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev -w admin` proxies the API to a running `npm start` (same origin in production).
const api = process.env.RUTA_API ?? 'http://localhost:4000';

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  // Apollo Client's development checks and DevTools notice stay out of the bundle.
  define: { 'globalThis.__DEV__': JSON.stringify(false) },
  build: {
    // RUTA_ADMIN_DIST builds elsewhere (the local server and the browser tests read the same variable).
    outDir: process.env.RUTA_ADMIN_DIST ?? 'dist',
    emptyOutDir: true,
    // Two pages: the console and the API explorer (served at /graphiql by the local server).
    rollupOptions: {
      input: { index: resolve(here, 'index.html'), graphiql: resolve(here, 'graphiql.html') },
      // GraphiQL's packages carry React-compiler directives ("use no memo") that bundling drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
    chunkSizeWarningLimit: 4000,
  },
  server: {
    proxy: { '/graphql': api, '/auth': api },
  },
});
