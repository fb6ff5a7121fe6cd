/** BuildKit's rules are documented at docs.docker.com; ours live in the project's docs. */
const BUILDKIT_RULES: ReadonlySet<string> = new Set([
  'StageNameCasing',
  'FromAsCasing',
  'NoEmptyContinuation',
  'ConsistentInstructionCasing',
  'DuplicateStageName',
  'ReservedStageName',
  'JSONArgsRecommended',
  'MaintainerDeprecated',
  'UndefinedArgInFrom',
  'WorkdirRelativePath',
  'UndefinedVar',
  'MultipleInstructionsDisallowed',
  'LegacyKeyValueFormat',
  'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv',
  'InvalidDefaultArgInFrom',
  'FromPlatformFlagConstDisallowed',
  'CopyIgnoredFile',
  'InvalidBaseImagePlatform',
  'ExposeProtoCasing',
  'ExposeInvalidFormat',
  'InvalidDefinitionDescription',
]);

function kebab(rule: string): string {
  return rule
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** Our graph hints are about stages and targets: the multi-stage guide explains them. */
const GRAPH_RULES: ReadonlySet<string> = new Set([
  'CircularDependency',
  'StageReference',
  'InvalidStageName',
  'UnreachableStage',
  'UnusedStage',
  'FromIsImage',
]);

/** The documentation link of a rule. */
export function ruleUrl(rule: string): string {
  if (BUILDKIT_RULES.has(rule)) return `https://docs.docker.com/go/dockerfile/rule/${kebab(rule)}/`;
  if (GRAPH_RULES.has(rule)) return 'https://docs.docker.com/build/building/multi-stage/';
  return 'https://docs.docker.com/reference/dockerfile/';
}
