import { test, expect } from './fixtures.ts';
import { downloadedText, replaceByTyping, stageNode } from './helpers.ts';

// Keys typed right after clicking a stage node go to the node, never to the editor: the
// click reveals the stage's FROM line in the editor but keeps the keyboard on the node.

const DOC = ['FROM alpine AS build', 'RUN make', 'FROM busybox AS final', 'COPY --from=build /out /out'];

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await replaceByTyping(page, DOC);
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
});

test('click on final, then "# c" Escape Enter at once: the text is unchanged', async ({ page }) => {
  await stageNode(page, 'final').click();
  // No wait: the keys follow the click straight away.
  await page.keyboard.type('# c');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  expect(await downloadedText(page)).toBe(DOC.join('\n'));
});

test('click on final, then Delete at once: the delete dialog asks about final; Cancel keeps the text', async ({ page }) => {
  await stageNode(page, 'final').click();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('final');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await downloadedText(page)).toBe(DOC.join('\n'));
});

test('click on build, then F2 at once: the rename box is the node\'s, and renaming rewrites every reference', async ({ page }) => {
  await stageNode(page, 'build').click();
  await page.keyboard.press('F2');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('compile');
  await page.keyboard.press('Enter');
  await expect(stageNode(page, 'compile')).toBeVisible();
  expect(await downloadedText(page)).toBe(
    ['FROM alpine AS compile', 'RUN make', 'FROM busybox AS final', 'COPY --from=compile /out /out'].join('\n'),
  );
});
