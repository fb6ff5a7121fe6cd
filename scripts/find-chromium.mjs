// Which Chromium Playwright should drive. Shared by playwright.config.ts and
// scripts/ensure-chromium.mjs so both pick the same browser, in this order:
// 1. $CHROMIUM_PATH, 2. Playwright's own Chromium if installed, 3. /usr/bin/chromium.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * @typedef {{ source: 'env' | 'playwright' | 'system', executablePath: string }} FoundChromium
 * `executablePath` is what to pass to `launchOptions.executablePath`; for Playwright's own
 * browser the config passes nothing and lets Playwright pick its build (headless shell).
 */

/** @returns {FoundChromium | undefined} */
export function findChromium() {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return existsSync(fromEnv) ? { source: 'env', executablePath: fromEnv } : undefined;
  const bundled = chromium.executablePath();
  if (bundled && existsSync(bundled)) return { source: 'playwright', executablePath: bundled };
  if (existsSync(SYSTEM_CHROMIUM)) return { source: 'system', executablePath: SYSTEM_CHROMIUM };
  return undefined;
}
