import { test, expect } from './fixtures.ts';
import { downloadedText, replaceByTyping } from './helpers.ts';

// The Problems panel, the lint settings and the stage badges, driven like a user.

const FLAWED = ['FROM alpine as build', 'MAINTAINER jo', 'FROM busybox', 'COPY --from=build /a /b', 'MAINTAINER al'];

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('.editor-pane .monaco-editor')).toBeVisible();
  await page.evaluate(() => window.localStorage.removeItem('stagewright.lint'));
  await replaceByTyping(page, FLAWED);
  await page.keyboard.press('Escape');
});

test('the Problems panel lists every finding with severity, rule, message and line', async ({ page }) => {
  await page.getByRole('tab', { name: 'Problems' }).click();
  const panel = page.getByRole('region', { name: 'Problems' });
  const rows = panel.locator('tbody tr');
  await expect(rows.filter({ hasText: 'FromAsCasing' })).toContainText(['Warning']);
  const casing = rows.filter({ hasText: 'FromAsCasing' });
  await expect(casing).toContainText("'as' and 'FROM' keywords' casing do not match");
  await expect(casing).toContainText('Ln 1, Col 13');
  await expect(rows.filter({ hasText: 'MaintainerDeprecated' })).toContainText(['Ln 2, Col 1', 'Ln 5, Col 1']);
  // As many rows as the status bar counts.
  const counts = await page.locator('[data-status="errors"], [data-status="warnings"], [data-status="infos"]').allTextContents();
  const total = counts.reduce((sum, text) => sum + Number.parseInt(text, 10), 0);
  await expect(rows).toHaveCount(total);
});

test('problems sort by severity then line; the Line header sorts by line', async ({ page }) => {
  await replaceByTyping(page, [...FLAWED, 'COPY --from=later /a /d', 'FROM alpine AS later']);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Problems' }).click();
  const panel = page.getByRole('region', { name: 'Problems' });
  const severities = async () => panel.locator('tbody .problems-severity').allTextContents();
  const lines = async () => (await panel.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line')))));
  const rank = (s: string) => (s.includes('Error') ? 0 : s.includes('Warning') ? 1 : 2);
  const bySeverity = (await severities()).map(rank);
  expect(bySeverity).toEqual([...bySeverity].sort((a, b) => a - b));
  expect(bySeverity[0]).toBe(0);
  await panel.getByRole('button', { name: 'Line' }).click();
  const byLine = await lines();
  expect(byLine).toEqual([...byLine].sort((a, b) => a - b));
  await expect(panel.getByRole('columnheader', { name: 'Line' })).toHaveAttribute('aria-sort', 'ascending');
});

test('clicking a problem reveals its line in the editor and selects its stage', async ({ page }) => {
  await page.getByRole('tab', { name: 'Problems' }).click();
  const panel = page.getByRole('region', { name: 'Problems' });
  await panel.locator('tbody tr[data-line="2"]', { hasText: 'MaintainerDeprecated' }).click();
  await expect(page.locator('[data-stage-index="0"]')).toHaveAttribute('data-selected', 'true');
  // The cursor is at the start of line 2: a typed "# " comments that line out.
  await page.keyboard.type('# ');
  expect((await downloadedText(page)).split('\n')[1]).toBe('# MAINTAINER jo');
});

test('arrow keys move between problems and Enter reveals one', async ({ page }) => {
  await page.getByRole('tab', { name: 'Problems' }).click();
  const panel = page.getByRole('region', { name: 'Problems' });
  await panel.locator('tbody tr[data-line="2"]', { hasText: 'MaintainerDeprecated' }).focus();
  // Down moves to the next finding: the other MAINTAINER, on line 5.
  await page.keyboard.press('ArrowDown');
  await expect(panel.locator('tbody tr[data-line="5"]', { hasText: 'MaintainerDeprecated' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-stage-index="1"]')).toHaveAttribute('data-selected', 'true');
  await page.keyboard.type('# ');
  expect((await downloadedText(page)).split('\n')[4]).toBe('# MAINTAINER al');
});

test('a stage node with findings shows a badge whose tooltip lists them', async ({ page }) => {
  const badge = page.locator('[data-stage-index="0"] [data-problems]');
  await expect(badge).toBeVisible();
  await expect(badge).toHaveAttribute('title', /FromAsCasing/);
  await expect(badge).toHaveAttribute('title', /MaintainerDeprecated/);
});

test('a stage with only a hint shows a hint badge, not a warning one', async ({ page }) => {
  await replaceByTyping(page, ['FROM alpine AS tools', 'FROM alpine AS final']);
  await page.keyboard.press('Escape');
  const badge = page.locator('[data-stage-name="tools"] [data-problems]');
  await expect(badge).toHaveText('ℹ 1 hint');
  await expect(badge).toHaveAttribute('title', /UnusedStage/);
  await expect(page.locator('[data-status="warnings"]')).toHaveText('0 warnings');
});

test('turning a rule off in Lint settings hides its findings, and survives a reload', async ({ page }) => {
  await page.getByRole('tab', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.locator('tbody tr', { hasText: 'MaintainerDeprecated' })).toHaveCount(2);
  const warnings = page.locator('[data-status="warnings"]');
  const before = Number.parseInt((await warnings.textContent()) ?? '', 10);

  await page.getByRole('tab', { name: 'Lint settings' }).click();
  const settings = page.getByRole('region', { name: 'Lint settings' });
  await settings.getByRole('combobox', { name: 'Setting for MaintainerDeprecated' }).selectOption('off');
  await expect(warnings).toHaveText(plural(before - 2, 'warning'));
  await settings.getByRole('combobox', { name: 'Setting for FromAsCasing' }).selectOption('error');
  await expect(page.locator('[data-status="errors"]')).not.toHaveText('0 errors');

  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(problems.locator('tbody tr', { hasText: 'MaintainerDeprecated' })).toHaveCount(0);
  await expect(problems.locator('tbody tr', { hasText: 'FromAsCasing' })).toContainText('Error');

  await page.reload();
  await expect(page.locator('.editor-pane .monaco-editor')).toBeVisible();
  await page.getByRole('tab', { name: 'Lint settings' }).click();
  await expect(settings.getByRole('combobox', { name: 'Setting for MaintainerDeprecated' })).toHaveValue('off');
  await expect(settings.getByRole('combobox', { name: 'Setting for FromAsCasing' })).toHaveValue('error');
  // The findings stay hidden with whatever text the page opens with.
  await replaceByTyping(page, FLAWED);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(problems.locator('tbody tr', { hasText: 'FromAsCasing' })).toContainText('Error');
  await expect(problems.locator('tbody tr', { hasText: 'MaintainerDeprecated' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Lint settings' }).click();
  await settings.getByRole('button', { name: 'Reset all' }).click();
  await page.getByRole('tab', { name: 'Problems' }).click();
  await expect(problems.locator('tbody tr', { hasText: 'MaintainerDeprecated' })).toHaveCount(2);
});

test('an experimental rule turned On in Lint settings reports, and survives a reload', async ({ page }) => {
  await replaceByTyping(page, ['# the builder', 'FROM alpine AS build', 'RUN true']);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.locator('tbody tr', { hasText: 'InvalidDefinitionDescription' })).toHaveCount(0);

  await page.getByRole('tab', { name: 'Lint settings' }).click();
  const settings = page.getByRole('region', { name: 'Lint settings' });
  const choice = settings.getByRole('combobox', { name: 'Setting for InvalidDefinitionDescription' });
  await expect(choice).toHaveValue('default');
  await expect(choice.locator('option:checked')).toHaveText('Default (off: experimental)');
  await choice.selectOption('on');
  await expect(settings.getByText('1 rule changed; remembered in this browser.')).toBeVisible();

  await page.getByRole('tab', { name: 'Problems' }).click();
  const finding = problems.locator('tbody tr', { hasText: 'InvalidDefinitionDescription' });
  await expect(finding).toHaveAttribute('data-line', '1');
  await expect(finding).toContainText('Hint');

  await page.reload();
  await expect(page.locator('.editor-pane .monaco-editor')).toBeVisible();
  await page.getByRole('tab', { name: 'Lint settings' }).click();
  await expect(choice).toHaveValue('on');
});

test('the Lint settings panel shows what the file’s # check= directive skips', async ({ page }) => {
  await replaceByTyping(page, ['# check=skip=FromAsCasing;error=true', ...FLAWED]);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Lint settings' }).click();
  const settings = page.getByRole('region', { name: 'Lint settings' });
  await expect(settings).toContainText('BuildKit skips FromAsCasing, and any finding fails the build (error=true).');
  await expect(settings.locator('tr[data-rule="FromAsCasing"]')).toContainText('skipped by # check');
  await page.getByRole('tab', { name: 'Problems' }).click();
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems.locator('tbody tr', { hasText: 'FromAsCasing' })).toHaveCount(0);
  await expect(problems.locator('tbody tr', { hasText: 'MaintainerDeprecated' }).first()).toContainText('Error');
});
