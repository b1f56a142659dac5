import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));
// `npm run dev -w admin` proxies the API to a running `npm start` (same origin in production).
const api = process.env.RUTA_API ?? 'http://localhost:4000';

/**
 * The console's scripts start after the first paint when it opens on the login page: index.html's
 * module script and modulepreloads become a `<meta name="ruta-entry">` that public/boot.js turns back
 * into the same tags — at once on signed-in pages, after the drawn login card has painted on the login
 * page (downloading 300 kB of JavaScript over a weak connection would otherwise hold that paint back).
 */
function startAfterFirstPaint(): Plugin {
  return {
    name: 'ruta-start-after-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename }) {
        if (!filename.endsWith('index.html')) return html;
        const files: string[] = [];
        const rest = html.replace(
          /\s*<(?:script type="module" crossorigin src|link rel="modulepreload" crossorigin href)="(\/assets\/[^"]+\.js)">(?:<\/script>)?/g,
          (_, file: string) => {
            files.push(file);
            return '';
          },
        );
        if (!files.length) throw new Error('index.html: no module script to start after the first paint');
        // The entry first (files[0]), then what it imports.
        const boot = '<script src="/boot.js"';
        if (!rest.includes(boot)) throw new Error('index.html: no boot.js to start the console');
        return rest.replace(boot, `<meta name="ruta-entry" content="${files.join(' ')}" />\n    ${boot}`);
      },
    },
  };
}

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react(), startAfterFirstPaint()],
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
