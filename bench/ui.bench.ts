/**
 * UI benchmark: `npm run bench:ui` builds the app, serves it with `vite preview`, drives it
 * in Chromium like a user, and prints one JSON object:
 *   { "document": {lines, bytes, stages},
 *     "initial_load_to_first_graph_ms",
 *     "keystroke_to_canvas_ms": {median, p95, samples},
 *     "pan_frame_ms": {median, p95, max, frames} }
 * A keystroke is timed from its keydown event to the first animation frame after the canvas
 * shows its effect, so it includes the store update, analysis, React render and layout.
 */
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { findChromium } from '../scripts/find-chromium.mjs';
import { largeDockerfile } from './large-dockerfile.ts';

const PORT = 4183;
const URL = `http://127.0.0.1:${PORT}/`;
// Enough samples that the p95 is not just the second-slowest keystroke.
const KEYSTROKES = 100;

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function summary(samples: readonly number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(quantile(sorted, 0.5)), p95: round(quantile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? NaN), samples: sorted.length };
}

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(URL)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not start on ${URL}`);
}

async function main(): Promise<void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--bypass-lock'], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer();
    const found = findChromium();
    const browser = await chromium.launch({
      ...(found !== undefined && found.source !== 'playwright' ? { executablePath: found.executablePath } : {}),
      args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1'],
    });
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: URL });
    const page = await context.newPage();

    const loadStart = Date.now();
    await page.goto(URL);
    await page.locator('[data-stage-index]').first().waitFor();
    const initialLoad = Date.now() - loadStart;

    // Paste the large document the way a user would.
    const text = largeDockerfile();
    await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    const stages = 200;
    await page.waitForFunction(`document.querySelectorAll('[data-stage-index]').length >= ${stages}`, undefined, { timeout: 60_000 });
    if (process.env['BENCH_HIDE_PANELS'] === '1') await page.getByRole('button', { name: 'Hide panels' }).click();
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.press('ControlOrMeta+End');

    // Each keystroke appends a digit to the last stage's tag; the listeners are armed
    // inside the page before the key is pressed, and resolve when that node's text changes.
    const samples: number[] = [];
    // Page-side code is passed as text: tsx would wrap functions in helpers the page lacks.
    const armKeystroke = `new Promise((resolve) => {
      const node = () => document.querySelector('[data-stage-index="${stages - 1}"]');
      const before = node()?.textContent ?? '';
      let start = -1;
      window.addEventListener('keydown', (e) => { start = e.timeStamp; }, { capture: true, once: true });
      const check = () => {
        if (start >= 0 && (node()?.textContent ?? '') !== before) requestAnimationFrame((t) => resolve(t - start));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
      setTimeout(() => resolve(-1), 5000);
    })`;
    for (let i = 0; i < KEYSTROKES; i++) {
      const pending = page.evaluate<number>(armKeystroke);
      await page.waitForTimeout(30);
      await page.keyboard.type(String(i % 10));
      const sample = await pending;
      if (sample < 0) {
        await page.screenshot({ path: 'bench-ui-failure.png' });
        throw new Error(`keystroke ${i}: the last stage's node did not change within 5 s (screenshot: bench-ui-failure.png)`);
      }
      samples.push(sample);
      await page.waitForTimeout(50);
    }

    // Pan the canvas with the mouse and record frame times.
    const pane = page.locator('.react-flow__pane').first();
    const box = (await pane.boundingBox())!;
    await page.evaluate(`(() => {
      const frames = [];
      let last = performance.now();
      let running = true;
      const tick = (t) => { frames.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
      window.__stopFrames = () => { running = false; return frames; };
    })()`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    for (let i = 0; i < 60; i++) await page.mouse.move(box.x + box.width / 2 - i * 6, box.y + box.height / 2 - i * 2);
    await page.mouse.up();
    const frames = await page.evaluate<number[]>('window.__stopFrames()');

    console.log(
      JSON.stringify({
        document: { lines: text.split('\n').length, bytes: text.length, stages },
        initial_load_to_first_graph_ms: initialLoad,
        keystroke_to_canvas_ms: summary(samples),
        pan_frame_ms: summary(frames.slice(1)),
      }),
    );
    await browser.close();
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid);
  }
}

await main();
