import type { Example } from './example.ts';
import text from './test-lint-stages.Dockerfile?raw';

/** Test and lint stages beside the release. */
export const testLintStages: Example = {
  id: 'test-lint-stages',
  title: 'Test and lint stages beside the release',
  teaches: 'Checks are stages too: run one with --target, or let the release depend on them.',
  text,
};
