import type { LintRule } from '../rule.ts';
import { instructionsNamed } from './support/find.ts';

/** MaintainerDeprecated: MAINTAINER is deprecated; `LABEL org.opencontainers.image.authors=…` replaces it. */
export const maintainerDeprecated: LintRule = {
  name: 'MaintainerDeprecated',
  source: 'buildkit',
  severity: 'warning',
  description: 'The MAINTAINER instruction is deprecated, use a label instead to define an image author',
  check({ ast }) {
    return instructionsNamed(ast, 'MAINTAINER').map((instruction) => ({
      ...instruction.keywordRange,
      message: 'Maintainer instruction is deprecated in favor of using label',
    }));
  },
};
