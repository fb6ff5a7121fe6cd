import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { downloadedText, stageNode } from './helpers.ts';

// Editing on the canvas (issue 4): every gesture is done with the mouse or the keyboard as a
// user would, and the result is read back through the app's own export (Download).

const FIXTURE = [
  '# syntax=docker/dockerfile:1',
  '# Build settings',
  'ARG GO_VERSION=1.23',
  '',
  '# deps: modules first, for the cache',
  'FROM golang:${GO_VERSION} AS deps',
  'WORKDIR /src',
  'COPY go.mod go.sum ./',
  'RUN go mod download',
  '',
  '# build: the binary',
  'FROM deps AS build',
  'COPY . .',
  'RUN go build -o /out/app ./cmd/app',
  '',
  '# tools for the checks',
  'FROM alpine:3.20 AS tools',
  'RUN apk add --no-cache curl',
  '',
  '# runtime: only the binary',
  'FROM gcr.io/distroless/static AS runtime',
  'COPY --from=build /out/app /app',
  'ENTRYPOINT ["/app"]',
  '',
].join('\n');
const FIXTURE_LINES = FIXTURE.split('\n');

const nodeWrapper = (page: Page, name: string) => page.locator(`.react-flow__node:has([data-stage-name="${name}"])`);

async function center(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (box === null) throw new Error('the element has no box');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Presses the mouse on `from`, moves in small steps to `to`, releases: a user's drag. */
async function dragBetween(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}

/** The lines of `after` that are not in `before`, and those of `before` not in `after`, by position-free diff. */
function lineDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  // Longest common subsequence: small files, so the quadratic table is fine.
  const table = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i--) {
    for (let j = after.length - 1; j >= 0; j--) {
      table[i]![j] = before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const added: string[] = [];
  const removed: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) removed.push(before[i++]!);
    else added.push(after[j++]!);
  }
  removed.push(...before.slice(i));
  added.push(...after.slice(j));
  return { added, removed };
}

test.beforeEach(async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  const editor = page.getByRole('textbox', { name: 'Dockerfile' });
  await editor.waitFor({ state: 'attached', timeout: 10_000 });
  await page.evaluate((value) => navigator.clipboard.writeText(value), FIXTURE);
  await editor.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect(page.locator('[data-stage-index]')).toHaveCount(4);
  await expect(stageNode(page, 'tools')).toBeVisible();
  expect(await downloadedText(page)).toBe(FIXTURE);
});

test('connecting tools to runtime with the mouse adds COPY --from=tools to runtime and changes no other line', async ({ page }) => {
  const output = stageNode(page, 'tools').locator('[data-handle-kind="output"]');
  const copyInput = stageNode(page, 'runtime').locator('[data-handle-kind="copy"]');
  await dragBetween(page, await center(output), await center(copyInput));

  const form = page.getByRole('form', { name: 'Copy from tools' });
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Source')).toHaveValue('/');
  await form.getByLabel('Source').fill('/usr/bin/curl');
  await form.getByLabel('Destination').fill('/usr/bin/curl');
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();

  const lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({ added: ['COPY --from=tools /usr/bin/curl /usr/bin/curl'], removed: [] });
  // After runtime's last COPY.
  expect(lines.indexOf('COPY --from=tools /usr/bin/curl /usr/bin/curl')).toBe(lines.indexOf('COPY --from=build /out/app /app') + 1);
  await expect(page.locator('.react-flow__edge[data-id="copy:stage-2->stage-3"]')).toHaveCount(1);
});

test('a connection form closes with Escape and changes nothing; a later-to-earlier drop is refused with a reason', async ({ page }) => {
  await dragBetween(
    page,
    await center(stageNode(page, 'deps').locator('[data-handle-kind="output"]')),
    await center(stageNode(page, 'tools').locator('[data-handle-kind="copy"]')),
  );
  await expect(page.getByRole('form', { name: 'Copy from deps' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('form', { name: 'Copy from deps' })).toBeHidden();

  await dragBetween(
    page,
    await center(stageNode(page, 'runtime').locator('[data-handle-kind="output"]')),
    await center(stageNode(page, 'deps').locator('[data-handle-kind="copy"]')),
  );
  await expect(page.getByRole('status', { name: 'Canvas messages' })).toContainText('runtime comes after deps');
  expect(await downloadedText(page)).toBe(FIXTURE);
});

test('output onto a base input asks first, then rewrites only that FROM', async ({ page }) => {
  await dragBetween(
    page,
    await center(stageNode(page, 'deps').locator('[data-handle-kind="output"]')),
    await center(stageNode(page, 'tools').locator('[data-handle-kind="base"]')),
  );
  await expect(stageNode(page, 'tools')).toContainText('Make tools start FROM deps?');
  await stageNode(page, 'tools').getByRole('button', { name: 'Make it so' }).click();
  const lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({ added: ['FROM deps AS tools'], removed: ['FROM alpine:3.20 AS tools'] });
});

test('a rename on the canvas changes exactly the AS and the references; a reserved name is refused inline', async ({ page }) => {
  await stageNode(page, 'build').locator('.stage-node__name').dblclick();
  const input = page.getByRole('textbox', { name: 'Stage name' });
  await expect(input).toBeFocused();
  await input.fill('scratch');
  await page.keyboard.press('Enter');
  await expect(stageNode(page, 'build').getByRole('alert')).toBeVisible();
  await expect(input).toBeVisible();

  await input.fill('compile');
  await page.keyboard.press('Enter');
  await expect(input).toBeHidden();
  await expect(stageNode(page, 'compile')).toBeVisible();
  const lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({
    added: ['FROM deps AS compile', 'COPY --from=compile /out/app /app'],
    removed: ['FROM deps AS build', 'COPY --from=build /out/app /app'],
  });

  // F2 on the focused node renames too; Escape cancels.
  await nodeWrapper(page, 'compile').focus();
  await page.keyboard.press('F2');
  await expect(input).toBeFocused();
  await page.keyboard.type('x');
  await page.keyboard.press('Escape');
  await expect(input).toBeHidden();
  await expect(stageNode(page, 'compile')).toBeVisible();
});

test('deleting a stage from its menu keeps the comments elsewhere', async ({ page }) => {
  await stageNode(page, 'build').getByRole('button', { name: 'Stage menu for build' }).click();
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Rename',
    'Duplicate',
    'Delete',
    'Delete with dependents',
    'Move up',
    'Move down',
    'Set as target',
  ]);
  await menu.getByRole('menuitem', { name: 'Delete with dependents' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deletes stage build');
  await expect(dialog).toContainText('runtime copies from it (line 22)');
  await dialog.getByRole('button', { name: 'Delete with dependents' }).click();
  await expect(dialog).toBeHidden();

  const text = await downloadedText(page);
  expect(text).not.toContain('AS build');
  expect(text).not.toContain('--from=build');
  for (const comment of ['# syntax=docker/dockerfile:1', '# Build settings', '# deps: modules first, for the cache', '# tools for the checks', '# runtime: only the binary']) {
    expect(text).toContain(comment);
  }
  expect(lineDiff(FIXTURE_LINES, text.split('\n')).added).toEqual([]);
  await expect(page.locator('[data-stage-index]')).toHaveCount(3);
});

test('Delete on a focused node asks, names what changes, and Cancel keeps the text', async ({ page }) => {
  // A click selects the stage and shows it in the editor (which takes the keyboard); the
  // keyboard user reaches the node with Tab or focus.
  await stageNode(page, 'tools').click();
  await expect(stageNode(page, 'tools')).toHaveAttribute('data-selected', 'true');
  await nodeWrapper(page, 'tools').focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deletes stage tools (3 lines).');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(await downloadedText(page)).toBe(FIXTURE);

  await nodeWrapper(page, 'tools').focus();
  await page.keyboard.press('Backspace');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  const text = await downloadedText(page);
  expect(lineDiff(FIXTURE_LINES, text.split('\n'))).toEqual({
    added: [],
    removed: ['# tools for the checks', 'FROM alpine:3.20 AS tools', 'RUN apk add --no-cache curl', ''],
  });
});

test('Delete on a multi-selection removes every selected stage in one undo step', async ({ page }) => {
  await stageNode(page, 'tools').click();
  await stageNode(page, 'runtime').click({ modifiers: ['Shift'] });
  await expect(page.locator('[data-stage-index][data-selected="true"]')).toHaveCount(2);
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Deletes stages tools, runtime');
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
  const text = await downloadedText(page);
  expect(text).not.toContain('tools');
  expect(text).not.toContain('runtime');
  expect(text).toContain('# build: the binary');

  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await downloadedText(page)).toBe(FIXTURE);
});

test('dragging an instruction reorders it; Alt+ArrowDown moves it back', async ({ page }) => {
  await stageNode(page, 'build').getByRole('button', { name: 'Details of build' }).click();
  const details = stageNode(page, 'build').getByRole('region', { name: 'Stage details' });
  const rows = details.locator('[data-instruction-index]');
  await expect(rows).toHaveCount(2);
  await rows.nth(1).locator('.instruction-row__grip').dragTo(rows.nth(0));

  const lines = (await downloadedText(page)).split('\n');
  const at = lines.indexOf('FROM deps AS build');
  expect(lines.slice(at, at + 3)).toEqual(['FROM deps AS build', 'RUN go build -o /out/app ./cmd/app', 'COPY . .']);
  expect([...lines].sort()).toEqual([...FIXTURE_LINES].sort());

  const first = details.getByRole('textbox', { name: /^Instruction 1/ });
  await first.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(details.getByRole('textbox', { name: /^Instruction 2/ })).toBeFocused();
  expect(await downloadedText(page)).toBe(FIXTURE);
});

test('instructions are edited, removed and added in the expanded view', async ({ page }) => {
  await nodeWrapper(page, 'tools').focus();
  await page.keyboard.press('Enter');
  const details = stageNode(page, 'tools').getByRole('region', { name: 'Stage details' });
  await expect(details).toBeVisible();

  const run = details.getByRole('textbox', { name: 'Instruction 1: RUN' });
  await run.fill('RUN apk add --no-cache curl jq');
  await run.press('Enter');
  // Typed key by key: spaces and Backspace must reach the field, not the canvas.
  await details.getByRole('textbox', { name: 'Add instruction' }).pressSequentially('ENTRYPOINT ["curl"] x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await details.getByRole('textbox', { name: 'Add instruction' }).press('Enter');
  let lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({
    added: ['RUN apk add --no-cache curl jq', 'ENTRYPOINT ["curl"]'],
    removed: ['RUN apk add --no-cache curl'],
  });

  await details.getByRole('button', { name: 'Remove instruction 2: ENTRYPOINT' }).click();
  lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({ added: ['RUN apk add --no-cache curl jq'], removed: ['RUN apk add --no-cache curl'] });

  // Base image and platform.
  const base = details.getByRole('textbox', { name: 'Base image' });
  await base.fill('alpine:3.21');
  await base.press('Enter');
  const platform = details.getByRole('textbox', { name: 'Platform' });
  await platform.fill('linux/arm64');
  await platform.press('Enter');
  lines = (await downloadedText(page)).split('\n');
  expect(lines).toContain('FROM --platform=linux/arm64 alpine:3.21 AS tools');

  // An empty platform removes the flag.
  await details.getByRole('textbox', { name: 'Platform' }).fill('');
  await details.getByRole('textbox', { name: 'Platform' }).press('Enter');
  lines = (await downloadedText(page)).split('\n');
  expect(lines).toContain('FROM alpine:3.21 AS tools');
});

test('moving a stage up that a later one needs is refused with the reason; Move down works', async ({ page }) => {
  await stageNode(page, 'build').getByRole('button', { name: 'Details of build' }).click();
  const details = stageNode(page, 'build').getByRole('region', { name: 'Stage details' });
  await details.getByRole('button', { name: 'Move up' }).click();
  await expect(details.getByRole('alert')).toBeVisible();
  expect(await downloadedText(page)).toBe(FIXTURE);

  await details.getByRole('button', { name: 'Move down' }).click();
  await expect(page.locator('[data-stage-index="2"]')).toHaveAttribute('data-stage-name', 'build');
  await expect(page.locator('[data-stage-index="1"]')).toHaveAttribute('data-stage-name', 'tools');
  // The moved stage stays the selected one, and the editor's cursor follows it (line 16 now).
  await expect(stageNode(page, 'build')).toHaveAttribute('data-selected', 'true');
  await expect(stageNode(page, 'tools')).toHaveAttribute('data-selected', 'false');
  await expect(page.locator('.editor-pane .line-numbers.active-line-number')).toHaveText('16');
  const lines = (await downloadedText(page)).split('\n');
  expect([...lines].sort()).toEqual([...FIXTURE_LINES].sort());
  expect(lines.indexOf('FROM alpine:3.20 AS tools')).toBeLessThan(lines.indexOf('FROM deps AS build'));
});

test('the palette: a click appends a stage, a drag inserts one where it is dropped', async ({ page }) => {
  const palette = page.getByRole('navigation', { name: 'Stage templates' });
  await palette.getByRole('button', { name: 'Go', exact: true }).click();
  await expect(page.locator('[data-stage-index]')).toHaveCount(5);
  await expect(page.locator('[data-stage-index="4"]')).toHaveAttribute('data-stage-name', 'go');
  let text = await downloadedText(page);
  expect(text.endsWith('ENTRYPOINT ["/app"]\n\nFROM golang:1.23 AS go\n')).toBe(true);

  // Left of every node: before the first stage.
  const deps = await stageNode(page, 'deps').boundingBox();
  if (deps === null) throw new Error('no deps node');
  await palette.getByRole('button', { name: 'Node.js' }).dragTo(page.locator('.react-flow__pane'), {
    targetPosition: await (async () => {
      const pane = await page.locator('.react-flow__pane').boundingBox();
      if (pane === null) throw new Error('no pane');
      return { x: deps.x - pane.x - 20, y: deps.y - pane.y + 5 };
    })(),
  });
  await expect(page.locator('[data-stage-index]')).toHaveCount(6);
  await expect(page.locator('[data-stage-index="0"]')).toHaveAttribute('data-stage-name', 'node');
  text = await downloadedText(page);
  expect(text.indexOf('FROM node:22-alpine AS node')).toBeLessThan(text.indexOf('# deps: modules first'));
});

test('the palette from the keyboard: Shift+Enter adds the stage right after the selected one', async ({ page }) => {
  await stageNode(page, 'deps').click();
  await expect(stageNode(page, 'deps')).toHaveAttribute('data-selected', 'true');
  const palette = page.getByRole('navigation', { name: 'Stage templates' });
  await palette.getByRole('button', { name: 'Python' }).focus();
  await page.keyboard.press('Shift+Enter');
  await expect(page.locator('[data-stage-index]')).toHaveCount(5);
  await expect(page.locator('[data-stage-index="1"]')).toHaveAttribute('data-stage-name', 'python');
  await expect(page.locator('[data-stage-index="2"]')).toHaveAttribute('data-stage-name', 'build');
  const text = await downloadedText(page);
  expect(text).toContain('RUN go mod download\n\nFROM python:3.12-slim AS python\n\n# build: the binary');
  // Enter alone still appends.
  await palette.getByRole('button', { name: 'Rust' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-stage-index="5"]')).toHaveAttribute('data-stage-name', 'rust');
});

test('removing a COPY edge with Delete, and a FROM edge only after asking', async ({ page }) => {
  const copyEdge = page.locator('.react-flow__edge[data-id="copy:stage-1->stage-3"]');
  await copyEdge.locator('.react-flow__edge-interaction').click({ force: true });
  await page.keyboard.press('Delete');
  await expect(copyEdge).toHaveCount(0);
  let lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({ added: [], removed: ['COPY --from=build /out/app /app'] });

  const fromEdge = page.locator('.react-flow__edge[data-id="from:stage-0->stage-1"]');
  await fromEdge.locator('.react-flow__edge-interaction').hover({ force: true });
  await fromEdge.getByRole('button', { name: 'Remove edge' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('build starts FROM deps');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  lines = (await downloadedText(page)).split('\n');
  expect(lines).toContain('FROM deps AS build');

  // Confirmed, the FROM names the image deps starts from; nothing else changes.
  await fromEdge.locator('.react-flow__edge-interaction').hover({ force: true });
  await fromEdge.getByRole('button', { name: 'Remove edge' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
  await expect(fromEdge).toHaveCount(0);
  lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({
    added: ['FROM golang:${GO_VERSION} AS build'],
    removed: ['FROM deps AS build', 'COPY --from=build /out/app /app'],
  });
});

test('undo and redo work across editor edits and canvas edits', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: 'Dockerfile' });
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('LABEL org.example=1');
  await page.keyboard.press('Escape');
  const typed = `${FIXTURE}LABEL org.example=1`;
  await expect.poll(() => downloadedText(page)).toBe(typed);

  await stageNode(page, 'tools').locator('.stage-node__name').dblclick();
  await page.getByRole('textbox', { name: 'Stage name' }).fill('checks');
  await page.keyboard.press('Enter');
  await expect(stageNode(page, 'checks')).toBeVisible();
  const renamed = typed.replace('AS tools', 'AS checks');
  expect(await downloadedText(page)).toBe(renamed);

  const undo = page.getByRole('button', { name: 'Undo' });
  const redo = page.getByRole('button', { name: 'Redo' });
  await undo.click();
  expect(await downloadedText(page)).toBe(typed);
  await undo.click();
  expect(await downloadedText(page)).toBe(FIXTURE);
  await redo.click();
  expect(await downloadedText(page)).toBe(typed);
  await redo.click();
  expect(await downloadedText(page)).toBe(renamed);

  // Undo from the editor's own keys takes back the canvas edit too.
  await editor.focus();
  await page.keyboard.press('Control+Z');
  expect(await downloadedText(page)).toBe(typed);
});

test('the stage menu from the keyboard: Shift+F10 opens it, arrows move, Enter runs Duplicate; Set as target changes the target', async ({ page }) => {
  const button = stageNode(page, 'tools').getByRole('button', { name: 'Stage menu for tools' });
  await nodeWrapper(page, 'tools').focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Stage tools' });
  await expect(menu.getByRole('menuitem', { name: 'Rename' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Duplicate' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(page.locator('[data-stage-index]')).toHaveCount(5);
  await expect(page.locator('[data-stage-index="3"]')).toHaveAttribute('data-stage-name', 'tools-copy');
  const lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines).removed).toEqual([]);
  expect(lineDiff(FIXTURE_LINES, lines).added).toEqual(['FROM alpine:3.20 AS tools-copy', 'RUN apk add --no-cache curl', '']);

  await button.click();
  await page.getByRole('menu', { name: 'Stage tools' }).getByRole('menuitem', { name: 'Set as target' }).click();
  await expect(page.getByRole('combobox', { name: 'Target' })).toHaveValue('tools');
  await expect(stageNode(page, 'runtime')).toHaveAttribute('data-reachable', 'false');

  // Escape closes the menu and gives the node the keyboard back.
  await button.click();
  await expect(page.getByRole('menu', { name: 'Stage tools' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu', { name: 'Stage tools' })).toBeHidden();
  await expect(nodeWrapper(page, 'tools')).toBeFocused();
});

test('Tab moves from node to node: a node is one stop, its buttons are reached by its keys', async ({ page }) => {
  await nodeWrapper(page, 'deps').focus();
  await page.keyboard.press('Tab');
  await expect(nodeWrapper(page, 'build')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(nodeWrapper(page, 'tools')).toBeFocused();
});

test('connecting from the keyboard: the expanded view picks the stage to copy from, Enter accepts the form', async ({ page }) => {
  await nodeWrapper(page, 'runtime').focus();
  await page.keyboard.press('Enter');
  const details = stageNode(page, 'runtime').getByRole('region', { name: 'Stage details' });
  await details.getByRole('combobox', { name: 'Copy from' }).selectOption('tools');
  const form = page.getByRole('form', { name: 'Copy from tools' });
  await expect(form.getByRole('textbox', { name: 'Source' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(form).toBeHidden();
  const lines = (await downloadedText(page)).split('\n');
  expect(lineDiff(FIXTURE_LINES, lines)).toEqual({ added: ['COPY --from=tools / /'], removed: [] });
});

test('Shift+drag draws a selection box; the stages in it are selected, and Delete asks for all of them', async ({ page }) => {
  const names = ['deps', 'build', 'tools', 'runtime'];
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>();
  for (const name of names) {
    const found = await stageNode(page, name).boundingBox();
    if (found === null) throw new Error(`no ${name} node`);
    boxes.set(name, found);
  }
  const tools = boxes.get('tools')!;
  const runtime = boxes.get('runtime')!;
  const left = Math.min(tools.x, runtime.x) - 10;
  const top = Math.min(tools.y, runtime.y) - 10;
  const right = Math.max(tools.x + tools.width, runtime.x + runtime.width) + 10;
  const bottom = Math.max(tools.y + tools.height, runtime.y + runtime.height) + 10;
  // React Flow selects the nodes wholly inside the box: tools, runtime, and any the layout put between.
  const expected = names.filter((name) => {
    const b = boxes.get(name)!;
    return b.x >= left && b.x + b.width <= right && b.y >= top && b.y + b.height <= bottom;
  });
  await page.keyboard.down('Shift');
  await dragBetween(page, { x: left, y: top }, { x: right, y: bottom });
  await page.keyboard.up('Shift');
  const selected = page.locator('[data-stage-index][data-selected="true"]');
  await expect(selected).toHaveCount(expected.length);
  for (const name of expected) await expect(stageNode(page, name)).toHaveAttribute('data-selected', 'true');

  await nodeWrapper(page, 'runtime').focus();
  await page.keyboard.press('Delete');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(`Deletes stages ${names.filter((n) => expected.includes(n)).join(', ')}`);
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.locator('[data-stage-index]')).toHaveCount(names.length - expected.length);
  await page.getByRole('button', { name: 'Undo' }).click();
  expect(await downloadedText(page)).toBe(FIXTURE);
});
