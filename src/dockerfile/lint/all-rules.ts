import type { LintRule } from './rule.ts';

/** Every lint rule, in the order findings are reported. */
export const ALL_RULES: readonly LintRule[] = [];
