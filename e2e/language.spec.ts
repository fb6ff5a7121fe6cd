import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { clickOnText, pointAtText } from './editor-text.ts';
import { downloadedText, replaceByTyping } from './helpers.ts';

// Language help from the core: hover, completion, F12, Shift+F12, F2, quick fixes, outline.
// Text is read back through the Download button; the cursor's place is found by typing a
// marker character and reading where it landed.

const STAGES = ['FROM alpine AS build', 'RUN echo hi > /a', 'FROM busybox', 'COPY --from=build /a /b'];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.editor-pane .monaco-editor')).toBeVisible();
});

/** Types the lines over the whole text and closes whatever widget Monaco opened. */
async function typeDocument(page: Page, lines: readonly string[]): Promise<void> {
  await replaceByTyping(page, lines);
  await page.keyboard.press('Escape');
}

test('hovering COPY shows its documentation with a link to the reference', async ({ page }) => {
  await typeDocument(page, STAGES);
  const copy = page.locator('.editor-pane .view-line span', { hasText: /^COPY$/ }).first();
  await copy.hover();
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Copies files from the build context' });
  await expect(hover).toBeVisible();
  await expect(hover.getByRole('link', { name: 'Dockerfile reference' })).toHaveAttribute('href', 'https://docs.docker.com/reference/dockerfile/#copy');
});

test('hovering a stage reference shows the stage summary', async ({ page }) => {
  await typeDocument(page, STAGES);
  const { x, y } = await pointAtText(page, 'build /a');
  await page.mouse.move(x + 2, y);
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Stage 0' });
  await expect(hover).toContainText('Base: image alpine');
  await expect(hover).toContainText('stage 1 copies from it');
});

test('completion after --from= offers the earlier stage names, and Enter takes one', async ({ page }) => {
  await typeDocument(page, ['FROM golang AS build', 'FROM node AS web', 'FROM alpine', '']);
  await page.keyboard.type('COPY --from=');
  const rows = page.locator('.editor-widget.suggest-widget .monaco-list-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('web');
  await expect(rows.nth(1)).toContainText('build');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.type(' /out /out');
  expect(await downloadedText(page)).toBe('FROM golang AS build\nFROM node AS web\nFROM alpine\nCOPY --from=build /out /out');
});

test('instructions are offered at the start of a line', async ({ page }) => {
  await typeDocument(page, ['FROM alpine', '']);
  await page.keyboard.type('WORK');
  await expect(page.locator('.editor-widget.suggest-widget .monaco-list-row').first()).toContainText('WORKDIR');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/app');
  expect(await downloadedText(page)).toBe('FROM alpine\nWORKDIR /app');
});

test('F12 on --from=build jumps to AS build', async ({ page }) => {
  await typeDocument(page, STAGES);
  await clickOnText(page, 'uild /a');
  await expect(page.locator('[data-stage-index="1"]')).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('F12');
  // The cursor moved into stage 0: the canvas follows it.
  await expect(page.locator('[data-stage-index="0"]')).toHaveAttribute('data-selected', 'true');
  // And it sits on the name: what is typed lands there (a valid name either way).
  await page.keyboard.type('x');
  expect((await downloadedText(page)).split('\n')[0]).toMatch(/^FROM alpine AS (x|xbuild|bxuild|buxild|buixld|builxd|buildx)$/);
});

test('Shift+F12 lists the references of a stage', async ({ page }) => {
  await typeDocument(page, [...STAGES, 'RUN --mount=from=build,target=/m ls']);
  await clickOnText(page, 'uild', 0);
  await page.keyboard.press('Shift+F12');
  const peek = page.locator('.peekview-widget');
  await expect(peek).toBeVisible();
  // The definition and the two uses.
  await expect(peek.locator('.monaco-list-row')).toHaveCount(3);
});

test('F2 renames a stage everywhere, in one undo step', async ({ page }) => {
  await typeDocument(page, [...STAGES, 'RUN --mount=from=build,target=/m ls']);
  const before = await downloadedText(page);
  await clickOnText(page, 'uild /a');
  await page.keyboard.press('F2');
  const input = page.locator('.rename-box input');
  // Monaco fills the box once it has resolved the name; typing earlier would be overwritten.
  await expect(input).toHaveValue('build');
  await expect(input).toBeFocused();
  await input.fill('builder');
  await input.press('Enter');
  await expect(input).toBeHidden();
  expect(await downloadedText(page)).toBe(before.replaceAll('build', 'builder'));
  await expect(page.locator('[data-stage-name="builder"]')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  expect(await downloadedText(page)).toBe(before);
});

test('F2 with an invalid name refuses with a message and changes nothing', async ({ page }) => {
  await typeDocument(page, STAGES);
  const before = await downloadedText(page);
  await clickOnText(page, 'uild', 0);
  await page.keyboard.press('F2');
  const input = page.locator('.rename-box input');
  // Monaco fills the box once it has resolved the name; typing earlier would be overwritten.
  await expect(input).toHaveValue('build');
  await expect(input).toBeFocused();
  await input.fill('scratch');
  // Monaco shows the refusal as a transient overlay; watch for it from before the key press,
  // so a busy machine cannot make the test look after it has already gone.
  const shown = page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const observer = new MutationObserver(() => {
          const message = document.querySelector('.monaco-editor-overlaymessage');
          if (message?.textContent) {
            observer.disconnect();
            resolve(message.textContent);
          }
        });
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
      }),
  );
  await input.press('Enter');
  expect(await shown).toContain('reserved');
  expect(await downloadedText(page)).toBe(before);
});

test('Ctrl+. on a casing marker applies the quick fix and the finding goes away', async ({ page }) => {
  await typeDocument(page, ['FROM alpine as build', 'RUN echo hi']);
  await expect(page.locator('.editor-pane .squiggly-warning')).not.toHaveCount(0);
  await clickOnText(page, 's build');
  await page.keyboard.press('ControlOrMeta+.');
  const action = page.locator('.action-widget').getByText("Change to 'AS'");
  await expect(action).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('.editor-pane .squiggly-warning')).toHaveCount(0);
  expect(await downloadedText(page)).toBe('FROM alpine AS build\nRUN echo hi');
});

test('Ctrl+Shift+O lists the stages of the outline', async ({ page }) => {
  await typeDocument(page, STAGES);
  await page.keyboard.press('ControlOrMeta+Shift+O');
  const rows = page.locator('.quick-input-widget .monaco-list-row');
  await expect(rows.filter({ hasText: 'build' }).first()).toBeVisible();
  await expect(rows.filter({ hasText: 'stage 1' }).first()).toBeVisible();
  await page.keyboard.press('Escape');
});

test('a stage folds from its FROM to its last instruction', async ({ page }) => {
  await typeDocument(page, STAGES);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+Shift+BracketLeft');
  // Line 2 is hidden: line 3 (FROM busybox) now sits right under line 1.
  const lines = page.locator('.editor-pane .view-line');
  await expect(lines).toHaveCount(3);
});
