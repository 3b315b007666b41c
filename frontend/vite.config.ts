/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.LEERKOERS_API_URL ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The Utrecht component library is not tree-shaken; routes are lazy so pages split off.
    chunkSizeWarningLimit: 700,
    rollupOptions: {
      // Two pages: the staff app, and the respondent's page with its own small bundle (/antwoorden).
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        antwoorden: fileURLToPath(new URL('./antwoorden.html', import.meta.url)),
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: false,
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    // `make test` runs these beside both backend halves and the browser tests on two cores: a test that takes
    // 300 ms alone can take several seconds there, so the limits are for hangs, not for speed.
    testTimeout: 30_000,
  },
});
