import { test, expect } from './fixtures.ts';

// The stages of src/app/exampleDockerfile.ts, in order.
const EXAMPLE_STAGES = ['deps', 'frontend', 'build', 'test', 'runtime'];

test('the app opens on the example, drawn as a stage graph', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Stagewright');

  const stages = page.locator('.react-flow__node [data-stage-index]');
  await expect(stages).toHaveCount(EXAMPLE_STAGES.length);
  for (const [index, name] of EXAMPLE_STAGES.entries()) {
    const stage = page.locator(`[data-stage-index="${index}"]`);
    await expect(stage).toHaveAttribute('data-stage-name', name);
    await expect(stage).toContainText(name);
  }

  // Count, not visibility: a straight horizontal edge has a zero-height box.
  await expect(page.locator('.react-flow__edge')).not.toHaveCount(0);
});
