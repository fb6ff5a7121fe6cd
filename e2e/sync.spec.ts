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

test('clicking a node puts the editor cursor on its FROM line; the keyboard stays on the node', async ({ page }) => {
  await stageNode(page, 'final').click();
  await expect(stageNode(page, 'final')).toHaveAttribute('data-selected', 'true');
  // Monaco marks the cursor's line number, focused or not: line 3 is FROM busybox AS final.
  await expect(page.locator('.editor-pane .line-numbers.active-line-number')).toHaveText('3');
  await expect(page.locator('.react-flow__node:has([data-stage-name="final"])')).toBeFocused();
  await expect(page.locator('.editor-pane .monaco-editor')).not.toHaveClass(/\bfocused\b/);
  // Clicking into the editor then types where the user clicks, as in any editor.
});
