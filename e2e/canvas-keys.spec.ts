import { test, expect } from './fixtures.ts';
import { downloadedText, replaceByTyping, stageNode } from './helpers.ts';

// Keys typed right after picking a stage node must never rewrite the document in a
// surprising way: they either reach the editor at the revealed FROM line, or (while the node
// itself has the keyboard) edit nothing.

const DOC = ['FROM alpine AS build', 'RUN make', 'FROM busybox AS final', 'COPY --from=build /out /out'];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await replaceByTyping(page, DOC);
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
});

test('click on final, then "# c" Escape Enter at once: the comment lands above FROM busybox, or nothing changes', async ({ page }) => {
  await stageNode(page, 'final').click();
  // No wait for the editor: the keys follow the click straight away. Depending on when the
  // editor takes the keyboard, they land at the revealed FROM line or on the node (where they
  // edit nothing); any other text would be a surprise.
  await page.keyboard.type('# c');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  const lines = (await downloadedText(page)).split('\n');
  expect([DOC, [DOC[0], DOC[1], '# c', DOC[2], DOC[3]]]).toContainEqual(lines);
});

test('"# c" Escape Enter while the final node has the keyboard: the text is unchanged', async ({ page }) => {
  await stageNode(page, 'final').click();
  // The state the report describes: the node, not the editor, has the keyboard.
  await page.locator('.react-flow__node:has([data-stage-name="final"])').focus();
  await page.keyboard.type('# c');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  expect(await downloadedText(page)).toBe(DOC.join('\n'));
});
