import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { pasteText, stageNode } from './helpers.ts';

// Teaching views, driven like a user: paste a diamond-shaped Dockerfile, open the Build plan
// and Inspector panels, step through the waves, change the target, move the cursor.

/** base; left and right FROM base; final copies from both (shared with the unit tests). */
const DIAMOND = readFileSync(new URL('../fixtures/teach/diamond.Dockerfile', import.meta.url), 'utf8');

const STAGES = ['base', 'left', 'right', 'final'] as const;



/** Opens a dock panel by its tab. */
async function openPanel(page: Page, label: string) {
  await page.getByRole('tab', { name: label }).click();
  const region = page.getByRole('region', { name: label });
  await expect(region).toBeVisible();
  return region;
}

/** The stages whose node says `attribute="true"`, in stage order. */
async function marked(page: Page, attribute: 'data-building' | 'data-rebuild'): Promise<string[]> {
  const out: string[] = [];
  for (const name of STAGES) if ((await stageNode(page, name).getAttribute(attribute)) === 'true') out.push(name);
  return out;
}

async function expectMarked(page: Page, attribute: 'data-building' | 'data-rebuild', names: readonly string[]) {
  await expect.poll(() => marked(page, attribute)).toEqual(names);
}

/** Clicks in the editor on the line that shows `text`. */
async function clickLine(page: Page, text: string) {
  const line = page.locator('.editor-pane .view-line').filter({ hasText: text });
  await expect(line).toHaveCount(1);
  await line.click();
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await pasteText(page, DIAMOND);
  await expect(page.locator('[data-stage-index]')).toHaveCount(4);
  await expect(stageNode(page, 'final')).toBeVisible();
});

test('Step walks the diamond wave by wave: base, then left and right together, then final', async ({ page }) => {
  const plan = await openPanel(page, 'Build plan');
  const caption = plan.locator('[aria-live="polite"]');
  await expect(caption).toHaveText('Press Play or Step to walk through the build: 3 waves.');
  await expectMarked(page, 'data-building', []);

  const step = plan.getByRole('button', { name: 'Step' });
  await step.click();
  await expectMarked(page, 'data-building', ['base']);
  await expect(caption).toHaveText('Step 1 of 3: base builds first: it needs no other stage.');
  await expect(page.locator('.react-flow__edge.is-feeding')).toHaveCount(0);
  await expect(plan.locator('[data-wave="0"]')).toHaveAttribute('aria-current', 'step');

  await step.click();
  await expectMarked(page, 'data-building', ['left', 'right']);
  await expect(caption).toHaveText('Step 2 of 3: left and right build at the same time: neither needs the other. Both wait for base.');
  // The two FROM base edges feed this step.
  await expect(page.locator('.react-flow__edge.is-feeding')).toHaveCount(2);

  await step.click();
  await expectMarked(page, 'data-building', ['final']);
  await expect(caption).toContainText('Step 3 of 3: final waits for left and right.');
  await expect(page.locator('.react-flow__edge.is-feeding')).toHaveCount(2);
  await expect(step).toBeDisabled();

  await plan.getByRole('button', { name: 'Reset' }).click();
  await expectMarked(page, 'data-building', []);
  await expect(page.locator('.react-flow__edge.is-feeding')).toHaveCount(0);
});

test('Play runs through the waves on its own and stops at the last one', async ({ page }) => {
  const plan = await openPanel(page, 'Build plan');
  await plan.getByRole('button', { name: 'Play' }).click();
  await expectMarked(page, 'data-building', ['base']);
  await expect(plan.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expectMarked(page, 'data-building', ['left', 'right']);
  await expectMarked(page, 'data-building', ['final']);
  await expect(plan.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('in the Build plan, → steps, ← steps back, P plays and pauses, Esc resets', async ({ page }) => {
  const plan = await openPanel(page, 'Build plan');
  const caption = plan.locator('[aria-live="polite"]');
  await plan.getByRole('button', { name: 'Step' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveText('Step 1 of 3: base builds first: it needs no other stage.');
  await page.keyboard.press('ArrowRight');
  await expectMarked(page, 'data-building', ['left', 'right']);
  await page.keyboard.press('ArrowLeft');
  await expectMarked(page, 'data-building', ['base']);
  await expect(caption).toHaveText('Step 1 of 3: base builds first: it needs no other stage.');

  await page.keyboard.press('p');
  await expect(plan.getByRole('button', { name: 'Pause' })).toBeVisible();
  await plan.getByRole('button', { name: 'Pause' }).focus();
  await page.keyboard.press('P');
  await expect(plan.getByRole('button', { name: 'Play' })).toBeVisible();

  await plan.getByRole('button', { name: 'Play' }).focus();
  await page.keyboard.press('Escape');
  await expect(caption).toHaveText('Press Play or Step to walk through the build: 3 waves.');
  await expectMarked(page, 'data-building', []);
  // The editor's own keys are not the walkthrough's: → in the editor moves the cursor only.
  await page.locator('.editor-pane .monaco-editor').click();
  await page.keyboard.press('ArrowRight');
  await expect(caption).toHaveText('Press Play or Step to walk through the build: 3 waves.');
});

test('a click anywhere in the Build plan gives it the walkthrough keys', async ({ page }) => {
  const plan = await openPanel(page, 'Build plan');
  await plan.locator('[data-wave="0"] .build-plan__wave-label').click();
  await page.keyboard.press('ArrowRight');
  await expect(plan.locator('[aria-live="polite"]')).toHaveText('Step 1 of 3: base builds first: it needs no other stage.');
});

test('with reduced motion, Play shows one step and waits for Step', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const plan = await openPanel(page, 'Build plan');
  await plan.getByRole('button', { name: 'Play' }).click();
  await expectMarked(page, 'data-building', ['base']);
  await expect(plan.locator('[aria-live="polite"]')).toContainText('Reduced motion: press Step for the next wave.');
  // Longer than a played step lasts: nothing moved on by itself.
  await page.waitForTimeout(2_500);
  expect(await marked(page, 'data-building')).toEqual(['base']);
  await plan.getByRole('button', { name: 'Step' }).click();
  await expectMarked(page, 'data-building', ['left', 'right']);
});

test('changing the Target changes the waves, the skipped stages and the command', async ({ page }) => {
  const plan = await openPanel(page, 'Build plan');
  const wave = (n: number) => plan.locator(`[data-wave="${n}"] [data-plan-stage] button`);
  await expect(plan.locator('[data-wave]')).toHaveCount(3);
  await expect(wave(1)).toHaveText(['left', 'right']);
  await expect(plan.locator('[data-build-command]')).toHaveText('docker build --target final .');

  await page.getByRole('combobox', { name: 'Target' }).selectOption('left');
  await expect(plan.locator('[data-wave]')).toHaveCount(2);
  await expect(wave(0)).toHaveText(['base']);
  await expect(wave(1)).toHaveText(['left']);
  await expect(plan.locator('[data-build-command]')).toHaveText('docker build --target left .');
  await expect(plan.locator('[data-skipped-stage]')).toHaveCount(2);
  await expect(plan.locator('[data-skipped-stage="right"]')).toContainText('The target left does not reach it: only final uses it');
  await expect(plan.locator('[data-skipped-stage="final"]')).toContainText('no stage uses it');

  // The walkthrough follows the new plan.
  await plan.getByRole('button', { name: 'Step' }).click();
  await plan.getByRole('button', { name: 'Step' }).click();
  await expectMarked(page, 'data-building', ['left']);
  await expect(plan.getByRole('button', { name: 'Step' })).toBeDisabled();
});

test('the cursor on an instruction marks what a change to it would rebuild', async ({ page }) => {
  await clickLine(page, 'RUN echo left');
  await expectMarked(page, 'data-rebuild', ['left', 'final']);
  await expect(page.locator('.editor-pane .sw-rebuild-origin')).toHaveCount(1);
  await expect(page.locator('.editor-pane .sw-rebuild-line')).toHaveCount(0);

  await clickLine(page, 'RUN apk add');
  await expectMarked(page, 'data-rebuild', ['base', 'left', 'right', 'final']);
  // The later instruction of base (WORKDIR) is tinted in the editor.
  await expect(page.locator('.editor-pane .sw-rebuild-line')).toHaveCount(1);

  await clickLine(page, 'COPY --from=left');
  await expectMarked(page, 'data-rebuild', ['final']);
  await expect(page.locator('.editor-pane .sw-rebuild-line')).toHaveCount(2);

  // For --target left, right is not built: a change to it rebuilds nothing.
  await page.getByRole('combobox', { name: 'Target' }).selectOption('left');
  await clickLine(page, 'RUN echo right');
  await expectMarked(page, 'data-rebuild', []);
  await clickLine(page, 'WORKDIR /src');
  await expectMarked(page, 'data-rebuild', ['base', 'left']);

  // A blank line is no instruction.
  await clickLine(page, 'FROM base AS right');
  await page.keyboard.press('ArrowUp');
  await expectMarked(page, 'data-rebuild', []);
});

test('the Inspector explains the selected stage and, for the target, the final image', async ({ page }) => {
  await stageNode(page, 'final').click();
  const inspector = await openPanel(page, 'Inspector');
  await expect(inspector.locator('[data-topic="base"]')).toHaveText(/Starts from the image busybox:1\.36\./);
  await expect(inspector.locator('[data-topic="copies"]')).toContainText('/left.txt from stage left to /out/left.txt');
  const image = inspector.getByRole('region', { name: 'Final image' });
  await expect(image.locator('[data-file-source]')).toHaveCount(2);
  await expect(image.locator('[data-file-source="right"]')).toContainText('/out/right.txt');
  await expect(image.locator('[data-left-behind]')).toHaveText([/^base/, /^left/, /^right/]);

  await stageNode(page, 'left').click();
  await expect(inspector.locator('[data-topic="base"]')).toContainText('Starts from stage base');
  await expect(inspector.getByRole('region', { name: 'Final image' })).toHaveCount(0);
});

test('the Inspector flags a global ARG used in a stage that did not declare it again', async ({ page }) => {
  await pasteText(page, ['ARG VERSION=1.0', 'FROM alpine AS build', 'RUN echo $VERSION > /v', 'FROM build AS fixed', 'ARG VERSION', 'RUN echo $VERSION', ''].join('\n'));
  await expect(page.locator('[data-stage-index]')).toHaveCount(2);
  await stageNode(page, 'build').click();
  const inspector = await openPanel(page, 'Inspector');
  const scope = inspector.getByRole('region', { name: 'ARG scope' });
  await expect(scope.locator('[data-arg-mistake="VERSION"]')).toContainText('$VERSION is a global ARG, visible only in FROM lines');
  await expect(scope.locator('[data-global-only]')).toContainText('VERSION');

  await stageNode(page, 'fixed').click();
  await expect(scope.locator('[data-arg-mistake]')).toHaveCount(0);
  await expect(scope.locator('[data-arg="VERSION"]')).toHaveAttribute('data-origin', 'global');
});

test("a stage node's expanded view tells what the stage does", async ({ page }) => {
  const node = stageNode(page, 'final');
  await node.getByRole('button', { name: 'Details of final' }).click();
  const explanation = node.locator('[data-explanation]');
  await expect(explanation.locator('[data-topic="base"]')).toContainText('Starts from the image busybox:1.36.');
  await expect(explanation.locator('[data-topic="runs"]')).toContainText('When started, it runs cat /out/left.txt /out/right.txt (CMD).');
});
