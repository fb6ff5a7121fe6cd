/// <reference types="vitest/config" />
import { randomBytes } from 'node:crypto';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * index.html carries a strict CSP (`script-src 'self'`). The dev server's React Refresh
 * preamble is an inline script, so in dev only we give every injected tag a nonce and
 * allow that nonce in the policy. Builds and `vite preview` serve the policy unchanged.
 */
function devCspNonce(nonce: string): Plugin {
  return {
    name: 'stagewright:dev-csp-nonce',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace("script-src 'self'", `script-src 'self' 'nonce-${nonce}'`),
    },
  };
}

export default defineConfig(({ command }) => {
  const nonce = randomBytes(16).toString('base64');
  return {
    plugins: [react(), devCspNonce(nonce)],
    html: command === 'serve' ? { cspNonce: nonce } : {},
    worker: { format: 'es' },
    build: { outDir: 'dist', emptyOutDir: true },
    test: {
      include: ['src/**/*.test.ts'],
      exclude: ['e2e/**', 'node_modules/**', 'dist/**'],
      environment: 'node',
    },
  };
});
