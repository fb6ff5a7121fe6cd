import { test as base, expect } from '@playwright/test';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Only the app's own server may be contacted; inline data: and blob: URLs are fine. */
function isAllowedUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && LOCAL_HOSTS.has(url.hostname);
}

interface GuardFixtures {
  /** Fails the test on any non-local request, console error or uncaught page error. */
  offlineGuard: void;
}

export const test = base.extend<GuardFixtures>({
  offlineGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('request', (request) => {
        if (!isAllowedUrl(request.url())) problems.push(`non-local request: ${request.method()} ${request.url()}`);
      });
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => {
        problems.push(`page error: ${error.message}`);
      });
      await use();
      expect(problems, 'the page went off-host or reported errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
