import { defineConfig, devices } from '@playwright/test';
import { findChromium, SYSTEM_CHROMIUM } from './scripts/find-chromium.mjs';

// Several people (or agents) can run specs at once, each on its own port and build folder.
const PORT = Number(process.env['STAGEWRIGHT_PORT'] ?? 4173);
const DIST = process.env['STAGEWRIGHT_DIST'] ?? 'dist';
const found = findChromium();
// Playwright's own browser needs no path (it then uses its headless shell).
const executablePath = found?.source === 'playwright' ? undefined : (found?.executablePath ?? SYSTEM_CHROMIUM);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: [['list', { printSteps: false }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(executablePath === undefined ? {} : { executablePath }),
          // Stop Chromium's own calls home: only local hosts resolve.
          args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
        },
      },
    },
  ],
  webServer: {
    // `npm run test:e2e` builds dist/ first.
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST} --bypass-lock`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
