import type { Page } from '@playwright/test';

/**
 * The screen point of the first character of the `nth` occurrence of `needle` in the
 * editor's rendered lines (Monaco's non-breaking spaces read as spaces). Used to point at
 * or click on a word, as a user does.
 */
export async function pointAtText(page: Page, needle: string, nth = 0): Promise<{ x: number; y: number }> {
  const point = await page.locator('.editor-pane .view-lines').evaluate(
    (root, [wanted, index]) => {
      let seen = 0;
      for (const line of root.querySelectorAll('.view-line')) {
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = text.indexOf(wanted as string);
        if (at < 0 || seen++ < (index as number)) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        let remaining = at;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (remaining < length) {
            const range = document.createRange();
            range.setStart(node, remaining);
            range.setEnd(node, remaining + 1);
            const box = range.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
          }
          remaining -= length;
        }
      }
      return null;
    },
    [needle, nth] as const,
  );
  if (point === null) throw new Error(`"${needle}" is not on screen in the editor`);
  return point;
}

/** Clicks on the first character of `needle` in the editor (the cursor lands before or after it). */
export async function clickOnText(page: Page, needle: string, nth = 0): Promise<void> {
  const { x, y } = await pointAtText(page, needle, nth);
  await page.mouse.click(x, y);
}
