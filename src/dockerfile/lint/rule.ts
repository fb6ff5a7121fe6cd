import type { DockerfileAst, Range, Severity } from '../ast.ts';
import type { BuildPlan, StageGraph } from '../graph.ts';
import type { DockerfileModel } from '../model.ts';

/** Everything a rule may look at. Rules derive; they never parse again. */
export interface LintContext {
  readonly ast: DockerfileAst;
  readonly model: DockerfileModel;
  readonly graph: StageGraph;
  /** The plan for the chosen target, or `null` when there are no stages. */
  readonly plan: BuildPlan | null;
}

/** What a rule reports: a range, a message, and optionally a severity other than its own. */
export interface LintFinding extends Range {
  readonly message: string;
  readonly severity?: Severity;
}

/** Where a rule comes from: BuildKit's own checks, syntax BuildKit refuses, or our graph hints. */
export type RuleSource = 'buildkit' | 'syntax' | 'graph';

/** One lint rule. Each lives in its own file under `lint/rules/`. */
export interface LintRule {
  /** BuildKit's name where BuildKit has the rule (`FromAsCasing`), else ours. */
  readonly name: string;
  readonly source: RuleSource;
  readonly severity: Severity;
  /** One sentence, shown in settings and hovers. */
  readonly description: string;
  /**
   * BuildKit runs experimental rules only when `# check=experimental=<name>|all` asks for
   * them; so do we, unless the user turns the rule on in the settings.
   */
  readonly experimental?: boolean;
  check(context: LintContext): LintFinding[];
}
