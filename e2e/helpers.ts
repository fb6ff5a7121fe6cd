import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

// Shared user actions for the specs. The text is always read back through the app's own
// export (the Download button), never through Monaco's DOM.

/** Clicks into the editor and waits until it has the keyboard. */
export async function focusEditor(page: Page): Promise<void> {
  const editor = page.locator('.editor-pane .monaco-editor');
  await expect(editor).toBeVisible();
  await editor.locator('.view-lines').click();
  await expect(editor).toHaveClass(/\bfocused\b/);
}

/**
 * Types `lines` one by one. Escape before Enter closes whatever widget Monaco opened, so
 * Enter only breaks the line. Lines should carry no indentation and no brackets or quotes,
 * which Monaco would auto-indent or auto-close.
 */
export async function typeLines(page: Page, lines: readonly string[]): Promise<void> {
  for (const [index, line] of lines.entries()) {
    await page.keyboard.type(line);
    if (index < lines.length - 1) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Enter');
    }
  }
}

/** Replaces the whole text by typing it (select all, then type). */
export async function replaceByTyping(page: Page, lines: readonly string[]): Promise<void> {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await typeLines(page, lines);
}

/** The document as the app exports it. */
export async function downloadedText(page: Page): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Dockerfile' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Dockerfile');
  return readFile(await download.path(), 'utf8');
}

/** The stage node named `name` on the canvas (only stage nodes carry `data-stage-name`). */
export function stageNode(page: Page, name: string) {
  return page.locator(`[data-stage-name="${name}"]`);
}

/**
 * Pastes `text` over the whole document, as a user brings in a file: clipboard, select all,
 * paste. The spec must grant 'clipboard-read' and 'clipboard-write'.
 */
export async function pasteText(page: Page, text: string): Promise<void> {
  await focusEditor(page);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}
