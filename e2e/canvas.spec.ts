import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { stageNode } from './helpers.ts';

// The stages of src/app/exampleDockerfile.ts, in order, and its four edges:
// FROM deps→build, FROM build→test, COPY build→runtime, COPY frontend→runtime.
const EXAMPLE_STAGES = ['deps', 'frontend', 'build', 'test', 'runtime'];
const EXAMPLE_EDGES = 4;


async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (found === null) throw new Error('the element has no box');
  return found;
}

/** Drags `locator` by (dx, dy) screen pixels the way a user does, in small steps. */
async function drag(page: Page, locator: Locator, dx: number, dy: number) {
  const start = await box(locator);
  const x = start.x + start.width / 2;
  const y = start.y + 12; // the header: on the node, away from its handles
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 5 });
  await page.mouse.move(x + dx, y + dy, { steps: 5 });
  await page.mouse.up();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-stage-index]')).toHaveCount(EXAMPLE_STAGES.length);
});

test('the example: five stage nodes with their data attributes, and its edges', async ({ page }) => {
  for (const [index, name] of EXAMPLE_STAGES.entries()) {
    const node = page.locator(`[data-stage-index="${index}"]`);
    await expect(node).toHaveAttribute('data-stage-name', name);
    await expect(node).toHaveAttribute('data-stage', String(index));
    await expect(node).toHaveAttribute('data-selected', 'false');
    await expect(node).toContainText(name);
  }
  // No --target: the last stage (runtime) is built, and it does not need `test`.
  for (const name of ['deps', 'frontend', 'build', 'runtime']) await expect(stageNode(page, name)).toHaveAttribute('data-reachable', 'true');
  await expect(stageNode(page, 'test')).toHaveAttribute('data-reachable', 'false');
  await expect(stageNode(page, 'test')).toContainText('not built');
  await expect(stageNode(page, 'runtime')).toContainText('target');

  // What a node says: base, platform, instructions.
  await expect(stageNode(page, 'deps')).toContainText('golang:1.23-alpine');
  await expect(stageNode(page, 'deps')).toContainText('platform $BUILDPLATFORM');
  await expect(stageNode(page, 'build')).toContainText('from deps');
  await expect(stageNode(page, 'deps')).toContainText('3 instructions');

  await expect(page.locator('.react-flow__edge')).toHaveCount(EXAMPLE_EDGES);
  await expect(page.locator('.react-flow__edge.edge-from')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge.edge-copy')).toHaveCount(2);
  await expect(page.locator('.react-flow__edge-text', { hasText: '/out/server' })).toBeVisible();

  await expect(page.getByRole('list', { name: 'Edge styles' })).toContainText('COPY — dashed');
  await expect(page.getByRole('button', { name: 'fit view' })).toBeVisible();
  await expect(page.locator('.react-flow__minimap')).toBeVisible();
});

test('clicking the test node selects it; Enter on a focused node does too', async ({ page }) => {
  await stageNode(page, 'test').click();
  await expect(stageNode(page, 'test')).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('[data-selected="true"]')).toHaveCount(1);

  await page.locator('.react-flow__node', { has: stageNode(page, 'deps') }).focus();
  await page.keyboard.press('Enter');
  await expect(stageNode(page, 'deps')).toHaveAttribute('data-selected', 'true');
  await expect(stageNode(page, 'test')).toHaveAttribute('data-selected', 'false');
});

test('Target test: frontend and runtime are not built; deps, build and test are', async ({ page }) => {
  await page.getByRole('combobox', { name: 'Target' }).selectOption('test');
  await expect(stageNode(page, 'frontend')).toHaveAttribute('data-reachable', 'false');
  await expect(stageNode(page, 'runtime')).toHaveAttribute('data-reachable', 'false');
  for (const name of ['deps', 'build', 'test']) await expect(stageNode(page, name)).toHaveAttribute('data-reachable', 'true');
  await expect(stageNode(page, 'test')).toContainText('target');
  await expect(stageNode(page, 'runtime')).not.toContainText('target');
});

test('a node’s input labels show while the pointer is over it, and hide when it leaves', async ({ page }) => {
  const labels = page.locator('.react-flow__node:has([data-stage-name="build"]) .stage-handle__label');
  await expect(labels).toHaveCount(2);
  for (const label of await labels.all()) await expect(label).toBeHidden();
  await stageNode(page, 'build').hover();
  for (const label of await labels.all()) await expect(label).toBeVisible();
  await page.locator('.react-flow__pane').hover({ position: { x: 5, y: 5 } });
  for (const label of await labels.all()) await expect(label).toBeHidden();
});

test('a long stage name does not widen the Target picker past its limit', async ({ page }) => {
  const picker = page.getByRole('combobox', { name: 'Target' });
  const before = (await picker.boundingBox())!.width;
  await page.locator('.editor-pane .monaco-editor').click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`FROM alpine AS ${'x'.repeat(120)}`);
  await expect(page.locator('[data-stage-index]')).toHaveCount(EXAMPLE_STAGES.length + 1);
  const after = (await picker.boundingBox())!.width;
  expect(after).toBeLessThanOrEqual(16 * 16 + 1);
  expect(after).toBeGreaterThanOrEqual(before);
  await expect(page.getByRole('button', { name: 'Export' })).toBeInViewport();
});

test('hovering an edge marks it, leaving it unmarks it', async ({ page }) => {
  const edge = page.locator('.react-flow__edge[data-id="copy:stage-2->stage-4"]');
  await edge.locator('.react-flow__edge-interaction').hover({ force: true });
  await expect(edge).toHaveClass(/is-hovered/);
  await page.mouse.move(5, 5);
  await expect(edge).not.toHaveClass(/is-hovered/);
});

test('a dragged node moves, and keeps its place when the analysis changes', async ({ page }) => {
  const build = stageNode(page, 'build');
  const before = await box(build);
  await drag(page, build, 0, 140);
  const moved = await box(build);
  expect(moved.y - before.y).toBeGreaterThan(100);
  expect(Math.abs(moved.x - before.x)).toBeLessThan(2);

  // Another target: a new analysis, new node data; the dragged position stays.
  await page.getByRole('combobox', { name: 'Target' }).selectOption('test');
  await expect(stageNode(page, 'frontend')).toHaveAttribute('data-reachable', 'false');
  const after = await box(build);
  expect(after.x).toBeCloseTo(moved.x, 0);
  expect(after.y).toBeCloseTo(moved.y, 0);
});

test('a dragged node keeps its place through a text edit, undo and redo; broken text pauses the canvas', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: 'Dockerfile' });
  await editor.waitFor({ state: 'attached', timeout: 10_000 });

  const build = stageNode(page, 'build');
  await drag(page, build, 0, 140);
  const moved = await box(build);

  // A new stage: the graph's shape changes, so the layout runs again; `build` stays put.
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nFROM runtime AS extra');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-stage-index]')).toHaveCount(EXAMPLE_STAGES.length + 1);
  await expect(stageNode(page, 'extra')).toBeVisible();
  expect((await box(build)).y).toBeCloseTo(moved.y, 0);

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.locator('[data-stage-index]')).toHaveCount(EXAMPLE_STAGES.length);
  expect((await box(build)).y).toBeCloseTo(moved.y, 0);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.locator('[data-stage-index]')).toHaveCount(EXAMPLE_STAGES.length + 1);

  // A half-typed instruction: the canvas keeps the last whole graph and says it is paused.
  await editor.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nFROBNICATE');
  await page.keyboard.press('Escape');
  await expect(page.getByText('paused: the text has errors')).toBeVisible();
  await expect(page.locator('[data-stage-index]')).toHaveCount(EXAMPLE_STAGES.length + 1);
  await expect(page.locator('.react-flow__edge')).toHaveCount(EXAMPLE_EDGES + 1);
});

test('200 stages: every stage is drawn, and typing in one stage changes only that node in the DOM', async ({ page }) => {
  const editor = page.getByRole('textbox', { name: 'Dockerfile' });
  await editor.waitFor({ state: 'attached', timeout: 10_000 });

  // 10 bases, 180 services built on them, 10 outputs that each copy from 18 services.
  let text = '';
  for (let i = 0; i < 10; i++) text += `FROM alpine:3.${i} AS base${i}\nRUN apk add build-base\n`;
  for (let i = 0; i < 180; i++) text += `FROM base${i % 10} AS svc${i}\nRUN make build\nCOPY --from=base${(i + 3) % 10} /etc/ssl /etc/ssl\n`;
  for (let i = 0; i < 10; i++) {
    text += `FROM scratch AS out${i}\n`;
    for (let j = 0; j < 18; j++) text += `COPY --from=svc${i * 18 + j} /bin/svc /bin/svc${j}\n`;
  }
  // A paste, as a user brings in a large file (typing it would take minutes).
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await editor.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
  await expect(page.locator('[data-stage-index]')).toHaveCount(200, { timeout: 15_000 });
  await expect(page.locator('.react-flow__edge')).toHaveCount(180 + 180 + 180);

  // Put the cursor at the end of svc0's RUN line (line 22). The cursor selects the stage
  // under it, so svc0's node changes already here.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 21; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await expect(stageNode(page, 'svc0')).toHaveAttribute('data-selected', 'true');

  // Watch which stage nodes change in the DOM while typing there.
  await page.evaluate(() => {
    const touched = new Set<string>();
    (window as unknown as { touched: Set<string> }).touched = touched;
    new MutationObserver((records) => {
      for (const record of records) {
        const element = record.target instanceof Element ? record.target : record.target.parentElement;
        const stage = element?.closest('[data-stage-index]');
        if (stage) touched.add(stage.getAttribute('data-stage-index') ?? '');
      }
    }).observe(document.querySelector('.react-flow__viewport')!, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  await page.keyboard.type(' -j8');
  await expect(stageNode(page, 'svc0')).toContainText('make build -j8');
  const touched = await page.evaluate(() => [...(window as unknown as { touched: Set<string> }).touched]);
  expect(touched).toEqual(['10']);
});
