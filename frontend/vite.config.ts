// Builds the SPA (index.html) and the GraphQL explorer (explorer.html) into dist/ for the backend to serve.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        main: 'index.html',
        explorer: 'explorer.html',
      },
    },
  },
  server: {
    proxy: {
      '/graphql': 'http://127.0.0.1:8000',
    },
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    unstubGlobals: true,
  },
});
