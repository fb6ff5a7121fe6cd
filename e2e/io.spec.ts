import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Download, Page } from '@playwright/test';
import { analyzeDockerfile } from '../src/dockerfile/analyze.ts';
import { graphToDot, graphToMermaid } from '../src/dockerfile/graph-text.ts';
import { test, expect } from './fixtures.ts';
import { focusEditor, stageNode, typeLines } from './helpers.ts';

// Getting Dockerfiles in (picker, drop, examples, share links, autosave) and out (download,
// share, images, Mermaid/DOT), driven like a user. Texts are compared as exact bytes.

const CRLF_FILE = 'FROM golang:1.23 AS build\r\nRUN go build -o /out/app .\r\n\r\nFROM scratch AS final\r\nCOPY --from=build /out/app /app\r\n';
const UNICODE_FILE = '# Grüße 🐳 日本語\nFROM alpine:3.21 AS base\nLABEL note="café"\nFROM base AS app\nRUN echo ünïcödé\n';

/** Saves the download that `action` starts; returns its name and bytes. */
async function download(page: Page, action: () => Promise<void>): Promise<{ name: string; bytes: Buffer; raw: Download }> {
  const downloading = page.waitForEvent('download');
  await action();
  const raw = await downloading;
  return { name: raw.suggestedFilename(), bytes: await readFile(await raw.path()), raw };
}

/** The document through the toolbar's "Download Dockerfile", with its file name. */
async function downloadDocument(page: Page) {
  return download(page, () => page.getByRole('button', { name: 'Download Dockerfile' }).click());
}

async function exportItem(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menu', { name: 'Export' }).locator(`[data-export="${item}"]`).click();
}

/** Opens a file through the (hidden) file picker, as choosing it in the dialog does. */
async function openThroughPicker(page: Page, name: string, text: string) {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(text, 'utf8') });
}

/** Types `lines` at the end of the document (unsaved work). */
async function typeAtEnd(page: Page, lines: readonly string[]) {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await typeLines(page, lines);
  await page.keyboard.press('Escape');
}

async function stageNames(page: Page): Promise<string[]> {
  return page.locator('[data-stage-index]').evaluateAll((nodes) =>
    nodes.sort((a, b) => Number(a.getAttribute('data-stage-index')) - Number(b.getAttribute('data-stage-index'))).map((n) => n.getAttribute('data-stage-name') ?? ''),
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-stage-index]').first()).toBeVisible();
  // Monaco loads on its own; on a busy machine it can take longer than the default wait.
  await expect(page.locator('.editor-pane .monaco-editor')).toBeVisible({ timeout: 20_000 });
});

test('Recent files with none yet: the menu says so, and Escape closes it and gives the button back the keyboard', async ({ page }) => {
  const button = page.getByRole('button', { name: 'Recent files' });
  await button.click();
  const menu = page.getByRole('menu', { name: 'Recent files' });
  await expect(menu).toContainText('No recent files yet');
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(button).toBeFocused();
});

test('Open… through the picker: a CRLF file becomes the document and downloads byte for byte under its name', async ({ page }) => {
  await openThroughPicker(page, 'api.Dockerfile', CRLF_FILE);
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
  expect(await stageNames(page)).toEqual(['build', 'final']);
  const saved = await downloadDocument(page);
  expect(saved.name).toBe('api.Dockerfile');
  expect(saved.bytes.equals(Buffer.from(CRLF_FILE, 'utf8'))).toBe(true);

  // It is listed under Recent files, and opening it from there works.
  await openThroughPicker(page, 'other.Dockerfile', UNICODE_FILE);
  await expect(page.locator('[data-stage-name="app"]')).toBeVisible();
  await page.getByRole('button', { name: 'Recent files' }).click();
  const recent = page.getByRole('menu', { name: 'Recent files' }).getByRole('menuitem');
  await expect(recent).toHaveCount(2);
  await expect(recent.first()).toContainText('other.Dockerfile');
  await recent.nth(1).click();
  await expect(page.locator('[data-stage-name="final"]')).toBeVisible();
  expect((await downloadDocument(page)).bytes.equals(Buffer.from(CRLF_FILE, 'utf8'))).toBe(true);
});

test('dropping a file anywhere on the window shows the overlay and opens the file; a BOM survives', async ({ page }) => {
  const text = '\uFEFF' + UNICODE_FILE;
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], 'dropped.Dockerfile'));
    return data;
  }, text);
  const target = page.locator('.canvas-pane');
  await target.dispatchEvent('dragenter', { dataTransfer: transfer });
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(page.locator('[data-drop-overlay]')).toBeVisible();
  await expect(page.locator('[data-drop-overlay]')).toContainText('Drop a Dockerfile');
  await target.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.locator('[data-drop-overlay]')).toHaveCount(0);
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
  expect(await stageNames(page)).toEqual(['base', 'app']);
  const saved = await downloadDocument(page);
  expect(saved.name).toBe('dropped.Dockerfile');
  expect(saved.bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
  expect(saved.bytes.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
});

test('Examples: at least ten items; loading one draws its stages and downloads its exact text', async ({ page }) => {
  await page.getByRole('button', { name: 'Examples' }).click();
  const menu = page.getByRole('menu', { name: 'Examples' });
  const items = menu.getByRole('menuitem');
  expect(await items.count()).toBeGreaterThanOrEqual(10);
  await expect(menu.locator('[data-example="stagewright"]')).toBeVisible();
  // The keyboard reaches the items too.
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await menu.locator('[data-example="rust-cargo-chef"]').click();
  await expect(menu).toHaveCount(0);
  await expect(page.locator('[data-stage-index]')).toHaveCount(4);
  expect(await stageNames(page)).toEqual(['chef', 'planner', 'builder', 'runtime']);
  const expected = await readFile(new URL('../src/examples/rust-cargo-chef.Dockerfile', import.meta.url));
  expect((await downloadDocument(page)).bytes.equals(expected)).toBe(true);

  // Stagewright's own Dockerfile is the repository's root Dockerfile.
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example="stagewright"]').click();
  await expect(page.locator('[data-stage-name="web"]')).toBeVisible();
  const root = await readFile(new URL('../Dockerfile', import.meta.url));
  expect((await downloadDocument(page)).bytes.equals(root)).toBe(true);
  await expect(page.locator('[data-status="errors"]')).toHaveText('0 errors');
  await expect(page.locator('[data-status="warnings"]')).toHaveText('0 warnings');
});

test('each example loaded after another is framed whole: every node inside the canvas', async ({ page }) => {
  const canvas = page.locator('.react-flow');
  for (const id of ['python-wheels', 'rust-cargo-chef', 'cache-bind-mounts']) {
    await page.getByRole('button', { name: 'Examples' }).click();
    await page.locator(`[data-example="${id}"]`).click();
    // Each example loads over saved text (the one before it), so nothing asks first.
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.locator('[data-stage-index]').first()).toBeVisible();
    // The fit animates; wait until every node's box lies inside the canvas.
    await expect(async () => {
      const frame = (await canvas.boundingBox())!;
      for (const node of await page.locator('.react-flow__node').all()) {
        const box = (await node.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(frame.x - 1);
        expect(box.y).toBeGreaterThanOrEqual(frame.y - 1);
        expect(box.x + box.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
        expect(box.y + box.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
      }
    }).toPass({ timeout: 5000 });
  }
});

test('loading an example over unsaved work asks first; Cancel keeps the work', async ({ page }) => {
  await typeAtEnd(page, ['FROM runtime AS extra']);
  await expect(page.locator('[data-stage-name="extra"]')).toBeVisible();
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example="heredocs"]').click();
  const dialog = page.getByRole('dialog', { name: 'Replace unsaved changes?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-stage-name="extra"]')).toBeVisible();

  await page.getByRole('button', { name: 'Examples' }).click();
  await page.locator('[data-example="heredocs"]').click();
  await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
  expect(await stageNames(page)).toEqual(['build', 'runtime']);
});

test('New asks before discarding, then starts from one stage; undo brings the old text back', async ({ page }) => {
  await typeAtEnd(page, ['FROM runtime AS extra']);
  await page.getByRole('button', { name: 'New', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('not downloaded');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-stage-name="extra"]')).toBeVisible();

  await page.getByRole('button', { name: 'New', exact: true }).click();
  await dialog.getByRole('button', { name: 'Replace' }).click();
  await expect(page.locator('[data-stage-index]')).toHaveCount(1);
  const fresh = (await downloadDocument(page)).bytes.toString('utf8');
  expect(analyzeDockerfile(fresh).model.stages.length).toBe(1);

  // Replacing is one undo step.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-stage-name="extra"]')).toBeVisible();
});

test('New on a document with nothing unsaved does not ask', async ({ page }) => {
  await page.getByRole('button', { name: 'New', exact: true }).click();
  await expect(page.locator('[data-stage-index]')).toHaveCount(1);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

async function freshPage(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost', ''].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) problems.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  return { context, page, problems };
}

test('a share link opened in a fresh browser context gives the same document, byte for byte', async ({ page, browser, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const text = CRLF_FILE + '# 🐳 ünïcödé\r\n';
  await openThroughPicker(page, 'shared.Dockerfile', text);
  await expect(page.locator('[data-stage-name="final"]')).toBeVisible();
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: /Copy share link/ }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Copied share link');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#df=[A-Za-z0-9_-]+$/);

  const other = await freshPage(browser, baseURL);
  await other.page.goto(link);
  await expect(other.page.locator('[data-stage-name="final"]')).toBeVisible();
  // Nothing unsaved there, so no question; the fragment is taken off the address.
  await expect(other.page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => new URL(other.page.url()).hash).toBe('');
  const saved = await downloadDocument(other.page);
  expect(saved.bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
  expect(other.problems).toEqual([]);
  await other.context.close();

  // Copy text puts the exact text on the clipboard.
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('menuitem', { name: 'Copy Dockerfile text' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Copied Dockerfile text');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
});

test('a share link over unsaved work asks first; "Keep mine" keeps it', async ({ page }) => {
  await typeAtEnd(page, ['FROM runtime AS mine']);
  await expect(page.locator('[data-stage-name="mine"]')).toBeVisible();
  const fragment = await page.evaluate(async () => {
    const bytes = new TextEncoder().encode('FROM alpine AS shared\nFROM shared AS two\n');
    const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    return btoa(String.fromCharCode(...packed)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  });
  await page.evaluate((f) => (window.location.hash = `df=${f}`), fragment);
  const dialog = page.getByRole('dialog', { name: 'Open the shared Dockerfile?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.locator('[data-stage-name="mine"]')).toBeVisible();

  await page.evaluate((f) => (window.location.hash = `df=${f}`), fragment);
  await dialog.getByRole('button', { name: 'Open shared Dockerfile' }).click();
  expect(await stageNames(page)).toEqual(['shared', 'two']);
});

test('SVG and PNG exports are valid images of the canvas', async ({ page }) => {
  // Two renders of the canvas plus decoding them again: slow on a loaded machine.
  test.slow();
  const started = Date.now();
  const svg = await download(page, () => exportItem(page, 'svg'));
  test.info().annotations.push({ type: 'svg export ms', description: String(Date.now() - started) });
  expect(svg.name).toBe('Dockerfile.svg');
  const markup = svg.bytes.toString('utf8');
  expect(markup.startsWith('<svg')).toBe(true);
  for (const name of ['deps', 'frontend', 'build', 'test', 'runtime']) expect(markup).toContain(`data-stage-name="${name}"`);
  expect(markup).toContain('golang:1.23-alpine');
  // The canvas's editing controls are not part of the picture.
  expect(markup).not.toContain('stage-node__controls');
  expect(markup).not.toContain('react-flow__handle');
  expect(markup).not.toContain('<button');
  // The browser parses it as SVG and can draw it.
  const parsed = await page.evaluate(async (source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    await image.decode();
    // Edges are drawn: every edge path carries its stroke inline (stylesheets do not travel).
    const edges = [...doc.querySelectorAll<SVGPathElement>('path.react-flow__edge-path')];
    const stroked = edges.filter((path) => !['', 'none'].includes(path.style.stroke)).length;
    return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, width: image.naturalWidth, height: image.naturalHeight, edges: edges.length, stroked };
  }, markup);
  expect(parsed).toMatchObject({ error: false, root: 'svg', edges: 4, stroked: 4 });
  expect(parsed.width).toBeGreaterThan(300);
  expect(parsed.height).toBeGreaterThan(100);

  const pngStarted = Date.now();
  const png = await download(page, () => exportItem(page, 'png'));
  test.info().annotations.push({ type: 'png export ms', description: String(Date.now() - pngStarted) });
  await writeFile(test.info().outputPath('graph.png'), png.bytes);
  await writeFile(test.info().outputPath('graph.svg'), svg.bytes);
  expect(png.name).toBe('Dockerfile.png');
  expect(png.bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  const width = png.bytes.readUInt32BE(16);
  const height = png.bytes.readUInt32BE(20);
  // Twice the SVG's CSS size (pixel ratio 2).
  expect(width).toBe(parsed.width * 2);
  expect(height).toBe(parsed.height * 2);
  // Not a blank image: the pixels vary.
  const distinct = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 97) colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, png.bytes.toString('base64'));
  expect(distinct).toBeGreaterThan(3);
});

test('Ctrl+S downloads the document; Mermaid and DOT downloads are the CLI’s text for it', async ({ page }) => {
  // Ctrl+S downloads the Dockerfile (instead of the browser saving the page).
  await page.locator('.canvas-pane').click({ position: { x: 5, y: 5 } });
  const text = (await download(page, () => page.keyboard.press('ControlOrMeta+S'))).bytes.toString('utf8');
  const analysis = analyzeDockerfile(text);
  expect(analysis.model.stages.length).toBe(5);
  const mermaid = await download(page, () => exportItem(page, 'mermaid'));
  expect(mermaid.name).toBe('Dockerfile.mmd');
  expect(mermaid.bytes.toString('utf8')).toBe(graphToMermaid(analysis));
  const dot = await download(page, () => exportItem(page, 'dot'));
  expect(dot.name).toBe('Dockerfile.dot');
  expect(dot.bytes.toString('utf8')).toBe(graphToDot(analysis));
});

test('error findings stop Download and Export with a list; "Download anyway" goes ahead', async ({ page }) => {
  await typeAtEnd(page, ['COPY --from=later /a /a', 'FROM alpine AS later']);
  await expect(page.locator('[data-status="errors"]')).not.toHaveText('0 errors');
  await page.getByRole('button', { name: 'Download Dockerfile' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('listitem').first()).toContainText(/Line \d+:/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  const saved = await download(page, async () => {
    await page.getByRole('button', { name: 'Download Dockerfile' }).click();
    await dialog.getByRole('button', { name: 'Download anyway' }).click();
  });
  expect(saved.bytes.toString('utf8')).toContain('COPY --from=later /a /a');

  await exportItem(page, 'dot');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Export anyway' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
});

test('a reload restores the edited text and the dragged node position; leaving with unsaved text warns', async ({ page }) => {
  await typeAtEnd(page, ['FROM runtime AS extra']);
  const build = stageNode(page, 'build');
  await expect(stageNode(page, 'extra')).toBeVisible();
  const before = await build.boundingBox();
  const start = { x: before!.x + before!.width / 2, y: before!.y + 12 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x, start.y + 60, { steps: 5 });
  await page.mouse.move(start.x, start.y + 120, { steps: 5 });
  await page.mouse.up();
  const moved = await build.boundingBox();
  expect(moved!.y - before!.y).toBeGreaterThan(80);
  // Where build sits relative to deps (not dragged), in node widths: a refit on reload may zoom.
  const relative = async () => {
    const [b, d] = [await build.boundingBox(), await stageNode(page, 'deps').boundingBox()];
    return { x: (b!.x - d!.x) / d!.width, y: (b!.y - d!.y) / d!.width };
  };
  const placed = await relative();
  // Past the autosave delay.
  await page.waitForTimeout(600);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  await expect(stageNode(page, 'extra')).toBeVisible();
  expect(dialogs).toEqual(['beforeunload']);
  const restored = await relative();
  expect(restored.x).toBeCloseTo(placed.x, 1);
  expect(restored.y).toBeCloseTo(placed.y, 1);
  const text = (await downloadDocument(page)).bytes.toString('utf8');
  expect(text.endsWith('\nFROM runtime AS extra')).toBe(true);
});

test('a full storage quota: a clear message, and editing and downloading go on', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith('stagewright:session')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.reload();
  await expect(page.locator('.editor-pane .monaco-editor')).toBeVisible({ timeout: 20_000 });
  await typeAtEnd(page, ['FROM runtime AS extra']);
  const notice = page.getByRole('status', { name: 'Notifications' });
  await expect(notice).toContainText('storage for this site is full');
  await expect(page.locator('[data-stage-name="extra"]')).toBeVisible();
  expect((await downloadDocument(page)).bytes.toString('utf8').endsWith('FROM runtime AS extra')).toBe(true);
});

test('Build commands panel: one docker build --target line per stage, with the stages it builds', async ({ page }) => {
  const tab = page.getByRole('tab', { name: 'Build commands' });
  await tab.click();
  const panel = page.getByRole('region', { name: 'Build commands' });
  await expect(panel.locator('[data-build-stage]')).toHaveCount(5);
  const row = panel.locator('[data-build-stage="test"]');
  await expect(row).toContainText('docker build --target test .');
  await expect(row.locator('[data-builds]')).toHaveText('deps, build, test');
  await expect(panel.locator('[data-build-stage="runtime"] [data-builds]')).toHaveText('deps, frontend, build, runtime');
  await expect(panel.locator('[data-build-stage="runtime"]')).toContainText('default');
});
