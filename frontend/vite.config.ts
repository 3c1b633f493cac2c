// Builds the SPA (index.html) and the GraphQL explorer (explorer.html) into dist/ for the backend to serve.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The explorer bundles the Monaco editor (about 2.8 MB); the app itself stays under 100 kB.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      input: {
        main: 'index.html',
        explorer: 'explorer.html',
      },
      checks: {
        // GraphiQL ships React Compiler hints ("use no memo") that bundling drops harmlessly.
        moduleLevelDirective: false,
      },
    },
  },
  optimizeDeps: {
    // CommonJS packages imported by the explorer's GraphQL web worker, which the dev server
    // otherwise serves untranslated (the worker's module graph is not pre-bundled).
    include: ['picomatch-browser', 'nullthrows'],
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:8000',
      '/documents': 'http://127.0.0.1:8000',
      // Only the upload: a GET of /staff/statements is the console's page, served by Vite.
      '/staff/statements': {
        target: 'http://127.0.0.1:8000',
        bypass: (request) => (request.method === 'POST' ? undefined : request.url),
      },
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/testing/setup.ts'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
