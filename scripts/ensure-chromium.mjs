#!/usr/bin/env node
// Makes sure the e2e tests have a Chromium to drive (same order as playwright.config.ts).
// Silent when one is there. Otherwise tries Playwright's download, then Debian's package.
import { execSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

/** @param {string} command */
function tryRun(command) {
  try {
    execSync(command, { stdio: 'ignore', timeout: 300_000 });
  } catch {
    // The network or the package manager refused; fall through to the next way.
  }
}

/** @param {string} command */
function hasCommand(command) {
  try {
    execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}

if (findChromium()) process.exit(0);

if (process.env['CHROMIUM_PATH']) {
  console.error(`CHROMIUM_PATH=${process.env['CHROMIUM_PATH']} does not exist; fix it or unset it.`);
  process.exit(1);
}

tryRun('npx playwright install chromium');
if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && hasCommand('apt-get')) {
  tryRun('apt-get update && apt-get install -y chromium');
  if (findChromium()) process.exit(0);
}

console.error(
  'No Chromium for the e2e tests: run `apt-get install chromium` (as root) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
);
process.exit(1);
