import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { downloadedText, focusEditor, replaceByTyping } from './helpers.ts';

// The editor is driven like a user: keyboard, clipboard, toolbar. The text is read back
// through the app's own export (the Download button), not through Monaco's DOM.

const TWO_STAGES = ['FROM alpine AS build', 'RUN echo hello > /greeting', 'FROM busybox', 'COPY --from=build /greeting /greeting', ''];

/** The lines Monaco shows, in order, with its non-breaking spaces made plain again. */
async function shownText(page: Page): Promise<string> {
  return page.locator('.editor-pane .view-lines').evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>('.view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((line) => (line.textContent ?? '').replace(/\u00a0/g, ' '))
      .join('\n'),
  );
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.editor-pane .monaco-editor')).toBeVisible();
});

test('the editor opens with the document the app holds', async ({ page }) => {
  const text = await downloadedText(page);
  expect(text).toContain('FROM gcr.io/distroless/static-debian12:nonroot AS runtime');
  // Only the top of the file is rendered; it must be the top of the document.
  const shown = await shownText(page);
  expect(text.startsWith(shown.split('\n').slice(0, 5).join('\n'))).toBe(true);
});

test('typing a new Dockerfile over a select-all updates the status bar and the download', async ({ page }) => {
  await replaceByTyping(page, TWO_STAGES);
  await expect(page.locator('[data-status="stages"]')).toHaveText('2 stages');
  expect(await downloadedText(page)).toBe(TWO_STAGES.join('\n'));
  expect(await shownText(page)).toBe(TWO_STAGES.join('\n'));
});

test('COPY --from= without a value gets an error marker until it is fixed', async ({ page }) => {
  await replaceByTyping(page, TWO_STAGES);
  const squiggles = page.locator('.editor-pane .squiggly-error');
  await expect(squiggles).toHaveCount(0);
  await expect(page.locator('[data-status="errors"]')).toHaveText('0 errors');

  await page.keyboard.type('COPY --from=');
  await page.keyboard.press('Escape');
  await expect(squiggles.first()).toBeVisible();
  // How many findings the line gets is the linter's business; that there are some is ours.
  await expect(page.locator('[data-status="errors"]')).toHaveText(/^[1-9]\d* errors?$/);

  // The marker's hover shows the problem (the linter may report more than one here).
  // The squiggle lies under the text layer, so point at its place rather than at it.
  const box = await squiggles.first().boundingBox();
  expect(box).not.toBeNull();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await expect(page.locator('.monaco-hover').filter({ hasText: /COPY (--from needs a value|requires)/ }).first()).toBeVisible();

  await page.keyboard.type('build /greeting /again');
  await page.keyboard.press('Escape');
  await expect(squiggles).toHaveCount(0);
  await expect(page.locator('[data-status="errors"]')).toHaveText('0 errors');
});

test('undo and redo from the editor keys and from the toolbar give the same texts', async ({ page }) => {
  const undoButton = page.getByRole('button', { name: 'Undo', exact: true });
  const redoButton = page.getByRole('button', { name: 'Redo', exact: true });

  await replaceByTyping(page, TWO_STAGES);
  const before = await downloadedText(page);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('LABEL stage=final');
  await page.keyboard.press('Escape');
  const after = await downloadedText(page);
  expect(after).toBe(`${before}LABEL stage=final`);

  // Editor keys. Redo becoming possible shows that the store's history undid the change:
  // an undo inside Monaco would have reached the store as a new edit and cleared redo.
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(redoButton).toBeEnabled();
  expect(await downloadedText(page)).toBe(before);
  expect(await shownText(page)).toBe(before);

  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(redoButton).toBeDisabled();
  expect(await downloadedText(page)).toBe(after);
  expect(await shownText(page)).toBe(after);

  // Toolbar buttons: the same steps.
  await undoButton.click();
  await expect(redoButton).toBeEnabled();
  expect(await downloadedText(page)).toBe(before);
  expect(await shownText(page)).toBe(before);
  await redoButton.click();
  await expect(redoButton).toBeDisabled();
  expect(await downloadedText(page)).toBe(after);
  expect(await shownText(page)).toBe(after);

  // Ctrl+Y redoes as well.
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(redoButton).toBeEnabled();
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(redoButton).toBeDisabled();
  expect(await downloadedText(page)).toBe(after);
});

test('typing after an undo keeps the editor and the store in step', async ({ page }) => {
  await replaceByTyping(page, TWO_STAGES);
  await page.keyboard.type('LABEL a=1');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Z');
  // The cursor went back to where the undone change began; typing continues from there.
  await page.keyboard.type('ENV b=2');
  await page.keyboard.press('Escape');
  const text = await downloadedText(page);
  expect(text).toBe(`${TWO_STAGES.join('\n')}ENV b=2`);
  expect(await shownText(page)).toBe(text);
});

test.describe('with clipboard access', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('pasting over a select-all replaces the document', async ({ page }) => {
    const pasted = 'ARG BASE=alpine:3.20\nFROM ${BASE} AS one\nFROM one AS two\nFROM two AS three\nRUN echo done\n';
    await focusEditor(page);
    await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.locator('[data-status="stages"]')).toHaveText('3 stages');
    expect(await downloadedText(page)).toBe(pasted);

    // One paste is one undo step back to the example.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.locator('[data-status="stages"]')).not.toHaveText('3 stages');
    expect(await downloadedText(page)).toContain('AS runtime');
  });
});

test('the theme follows the system colour scheme', async ({ page }) => {
  const editor = page.locator('.editor-pane .monaco-editor');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(editor).toHaveClass(/\bvs-dark\b/);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(editor).toHaveClass(/\bvs\b/);
  await expect(editor).not.toHaveClass(/\bvs-dark\b/);
});

// These go through the canvas too (its documented `data-stage` hook); they check the
// editor's side of reveal requests and edge hovers.
test.describe('with the canvas', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  const LONG_STAGE = Array.from({ length: 80 }, (_, i) => `RUN echo step ${i} >> /log`);
  const DOCUMENT = ['FROM alpine AS build', ...LONG_STAGE, 'FROM busybox', 'COPY --from=build /log /log', ''].join('\n');

  async function pasteDocument(page: Page): Promise<void> {
    await focusEditor(page);
    await page.evaluate((text) => navigator.clipboard.writeText(text), DOCUMENT);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    await expect(page.locator('[data-status="stages"]')).toHaveText('2 stages');
    await page.keyboard.press('ControlOrMeta+Home');
  }

  test('clicking a stage scrolls the editor to its FROM line, with the cursor there', async ({ page }) => {
    await pasteDocument(page);
    const fromLine = page.locator('.editor-pane .view-line').filter({ hasText: /^FROM\u00a0busybox$/ });
    await expect(fromLine).toHaveCount(0);

    await page.locator('[data-stage="1"]').click();
    await expect(fromLine).toBeVisible();
    const lineNumber = DOCUMENT.split('\n').indexOf('FROM busybox') + 1;
    await expect(page.locator('.editor-pane .line-numbers.active-line-number')).toHaveText(String(lineNumber));
    // The keyboard stays on the canvas: keys typed now do not edit the text.
    await page.keyboard.type('# runtime');
    expect(await downloadedText(page)).toBe(DOCUMENT);
  });

  test('hovering an edge tints the lines of its instruction', async ({ page }) => {
    await pasteDocument(page);
    await page.locator('[data-stage="1"]').click();
    const tinted = page.locator('.editor-pane .sw-edge-hover-line');
    await expect(tinted).toHaveCount(0);
    await page.locator('.react-flow__edge').first().hover();
    await expect(tinted).toHaveCount(1);
    // The tint sits on the COPY --from line.
    const [tintBox, copyBox] = await Promise.all([
      tinted.boundingBox(),
      page.locator('.editor-pane .view-line').filter({ hasText: /^COPY\u00a0--from=build/ }).boundingBox(),
    ]);
    expect(tintBox?.y).toBeCloseTo(copyBox?.y ?? Number.NaN, 0);
    await page.mouse.move(0, 0);
    await expect(tinted).toHaveCount(0);
  });
});
