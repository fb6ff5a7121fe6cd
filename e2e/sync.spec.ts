import { test, expect } from './fixtures.ts';
import { downloadedText, focusEditor, replaceByTyping, stageNode, typeLines } from './helpers.ts';

// The two panes follow each other: text → nodes, node click → cursor, cursor → node.

const DOC = ['FROM alpine AS build', 'RUN make', 'FROM busybox AS final', 'COPY --from=build /out /out'];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await replaceByTyping(page, DOC);
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
});

test('typing FROM x AS y adds a node; deleting that line removes it', async ({ page }) => {
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  await typeLines(page, ['FROM x AS y']);
  await expect(stageNode(page, 'y')).toBeVisible();
  await expect(page.locator('[data-stage-index]')).toHaveCount(3);

  // Select the line with the keyboard and delete it.
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(stageNode(page, 'y')).toHaveCount(0);
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
  expect(await downloadedText(page)).toBe(DOC.join('\n'));
});

test('the cursor moved into another stage selects that node', async ({ page }) => {
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(stageNode(page, 'build')).toHaveAttribute('data-selected', 'true');
  await expect(stageNode(page, 'final')).toHaveAttribute('data-selected', 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(stageNode(page, 'final')).toHaveAttribute('data-selected', 'true');
  await expect(stageNode(page, 'build')).toHaveAttribute('data-selected', 'false');
});

test('clicking a node puts the editor cursor on its FROM line', async ({ page }) => {
  await stageNode(page, 'final').click();
  await expect(stageNode(page, 'final')).toHaveAttribute('data-selected', 'true');
  // The reveal hands the keyboard to the editor; type only once it has it.
  await expect(page.locator('.editor-pane .monaco-editor')).toHaveClass(/\bfocused\b/);
  // Type a comment line at the cursor and read the text back: it lands above the FROM line.
  await page.keyboard.type('# c');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  const lines = (await downloadedText(page)).split('\n');
  expect(lines.slice(2, 4)).toEqual(['# c', 'FROM busybox AS final']);
});
