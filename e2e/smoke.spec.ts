import { test, expect } from './fixtures.ts';

// The stages of src/app/exampleDockerfile.ts, in order.
const EXAMPLE_STAGES = ['deps', 'build', 'test', 'runtime'];

test('placeholder page shows the example stage graph', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Stagewright');

  const stages = page.locator('[data-stage-index]');
  await expect(stages).toHaveCount(EXAMPLE_STAGES.length);
  for (const [index, name] of EXAMPLE_STAGES.entries()) {
    const stage = page.locator(`[data-stage-index="${index}"]`);
    await expect(stage).toHaveAttribute('data-stage-name', name);
    await expect(stage).toContainText(name);
  }

  await expect(page.locator('ul.edges > li').first()).toBeVisible();
  expect(await page.locator('ul.edges > li').count()).toBeGreaterThan(0);
});
