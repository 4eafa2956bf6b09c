/// <reference types='vitest' />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// In dev the API runs on :3000; in production it serves this build from the same origin.
const api = process.env['PILLARS_API_URL'] ?? 'http://localhost:3000';

export default defineConfig(() => ({
  root: import.meta.dirname,
  cacheDir: '../../node_modules/.vite/apps/web',
  server: {
    port: 4200,
    host: 'localhost',
    proxy: {
      '/graphql': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true, changeOrigin: false },
      '^/announcements/[^/]+/receipts\\.csv$': { target: api, changeOrigin: false },
      '^/policies/versions/[^/]+/evidence\\.pdf': { target: api, changeOrigin: false },
      '^/wiki/(pages|spaces)/[^/]+/(export\\.(md|pdf|zip)|import)(\\?|$)': { target: api, changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    host: 'localhost',
  },
  // Vite 8 resolves the tsconfig path aliases (@pillars/*) itself.
  resolve: { tsconfigPaths: true },
  plugins: [react()],
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    reportCompressedSize: true,
    commonjsOptions: {
      transformMixedEsModules: true,
    },
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|react-router-dom|scheduler)[\\/]/ },
            { name: 'mantine', test: /node_modules[\\/]@mantine[\\/]/ },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism)[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    name: 'web',
    watch: false,
    globals: true,
    environment: 'jsdom',
    setupFiles: ['./src/test-setup.ts'],
    // Journeys through lazily loaded pages take seconds on a loaded 2-core machine; a hang still fails.
    testTimeout: 20000,
    // Web libs have no test runner of their own: their specs run here with the app's providers.
    include: ['{src,tests}/**/*.{test,spec}.{js,mjs,cjs,ts,mts,cts,jsx,tsx}', '../../libs/web/**/src/**/*.{test,spec}.{ts,tsx}'],
    reporters: ['default'],
    coverage: {
      reportsDirectory: '../../coverage/apps/web',
      provider: 'v8' as const,
    },
  },
}));
