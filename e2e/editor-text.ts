import type { Page } from '@playwright/test';

/**
 * The screen point of the first character of the `nth` occurrence of `needle` in the
 * editor's rendered lines (Monaco's non-breaking spaces read as spaces). Used to point at
 * or click on a word, as a user does.
 */
export async function pointAtText(page: Page, needle: string, nth = 0): Promise<{ x: number; y: number }> {
  // Monaco renders typed text on the next animation frame: look again for a moment.
  for (let attempt = 0; attempt < 50; attempt++) {
    const point = await findText(page, needle, nth);
    if (point !== null) return point;
    await page.waitForTimeout(100);
  }
  throw new Error(`"${needle}" is not on screen in the editor`);
}

async function findText(page: Page, needle: string, nth: number): Promise<{ x: number; y: number } | null> {
  return page.locator('.editor-pane .view-lines').evaluate(
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
}

/** Clicks on the first character of `needle` in the editor (the cursor lands before or after it). */
export async function clickOnText(page: Page, needle: string, nth = 0): Promise<void> {
  const { x, y } = await pointAtText(page, needle, nth);
  await page.mouse.click(x, y);
}
