import type { LintRule } from './rule.ts';
import { consistentInstructionCasing } from './rules/consistent-instruction-casing.ts';
import { duplicateStageName } from './rules/duplicate-stage-name.ts';
import { exposeInvalidFormat } from './rules/expose-invalid-format.ts';
import { exposeProtoCasing } from './rules/expose-proto-casing.ts';
import { fromAsCasing } from './rules/from-as-casing.ts';
import { fromIsImage } from './rules/from-is-image.ts';
import { fromPlatformFlagConstDisallowed } from './rules/from-platform-flag-const-disallowed.ts';
import { invalidDefaultArgInFrom } from './rules/invalid-default-arg-in-from.ts';
import { invalidDefinitionDescription } from './rules/invalid-definition-description.ts';
import { jsonArgsRecommended } from './rules/json-args-recommended.ts';
import { legacyKeyValueFormat } from './rules/legacy-key-value-format.ts';
import { maintainerDeprecated } from './rules/maintainer-deprecated.ts';
import { missingArguments } from './rules/missing-arguments.ts';
import { multipleInstructionsDisallowed } from './rules/multiple-instructions-disallowed.ts';
import { noEmptyContinuation } from './rules/no-empty-continuation.ts';
import { onbuildTrigger } from './rules/onbuild-trigger.ts';
import { redundantTargetPlatform } from './rules/redundant-target-platform.ts';
import { reservedStageName } from './rules/reserved-stage-name.ts';
import { secretsUsedInArgOrEnv } from './rules/secrets-used-in-arg-or-env.ts';
import { stageNameCasing } from './rules/stage-name-casing.ts';
import { undefinedArgInFrom } from './rules/undefined-arg-in-from.ts';
import { undefinedVar } from './rules/undefined-var.ts';
import { unknownFlag } from './rules/unknown-flag.ts';
import { unknownInstruction } from './rules/unknown-instruction.ts';
import { unreachableStage } from './rules/unreachable-stage.ts';
import { unusedStage } from './rules/unused-stage.ts';
import { workdirRelativePath } from './rules/workdir-relative-path.ts';

/**
 * Every lint rule, in the order findings are reported: syntax errors BuildKit refuses the
 * file for, then BuildKit's own build checks (in BuildKit's documentation order), then
 * the stage-graph hints BuildKit does not give.
 */
export const ALL_RULES: readonly LintRule[] = [
  unknownInstruction,
  missingArguments,
  onbuildTrigger,
  unknownFlag,
  stageNameCasing,
  fromAsCasing,
  noEmptyContinuation,
  consistentInstructionCasing,
  duplicateStageName,
  reservedStageName,
  jsonArgsRecommended,
  maintainerDeprecated,
  undefinedArgInFrom,
  workdirRelativePath,
  undefinedVar,
  multipleInstructionsDisallowed,
  legacyKeyValueFormat,
  redundantTargetPlatform,
  secretsUsedInArgOrEnv,
  invalidDefaultArgInFrom,
  fromPlatformFlagConstDisallowed,
  exposeProtoCasing,
  exposeInvalidFormat,
  invalidDefinitionDescription,
  unreachableStage,
  unusedStage,
  fromIsImage,
];
