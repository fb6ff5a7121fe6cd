/**
 * Stagewright's Dockerfile core: a pure library (no UI imports) that reads Dockerfiles
 * exactly as BuildKit does. Everything the app and the CLI show is derived from here.
 */
export type * from './ast.ts';
export { TokenKind } from './ast.ts';
export type * from './model.ts';
export { parseDockerfile } from './parser.ts';
export { printDockerfile } from './print.ts';
export { dumpDockerfile, dumpInstruction } from './dump.ts';
export { analyzeDockerfile, analyzeAst, type Analysis, type AnalyzeOptions } from './analyze.ts';
export { buildModel, STAGE_NAME_PATTERN, RESERVED_STAGE_NAMES, PLATFORM_ARGS } from './build-model.ts';
export { buildStageGraph, planBuild, resolveTarget, type BuildPlan, type StageGraph } from './graph.ts';
export { graphToJson, type GraphJson } from './graph-json.ts';
export { graphToDot, graphToMermaid } from './graph-text.ts';
export { parseImageRef } from './image-ref.ts';
export { parseMount, parseMountOptions, type Mount, type MountOption } from './mount-options.ts';
export { createLineIndex, positionAt, offsetAt, lineAt, type LineIndex, type Position } from './text.ts';
export { INSTRUCTION_NAMES, isInstructionName } from './instructions.ts';
export { ALL_RULES } from './lint/all-rules.ts';
export { runLint, type LintSettings } from './lint/run-lint.ts';
export type { LintRule, LintContext, LintFinding } from './lint/rule.ts';
export { ruleUrl } from './rule-url.ts';
export { lexWord, type LexResult } from './shell-lex.ts';
export { applyChanges, invertChanges, mapOffset, diffTexts, type Change, type ChangeSet } from './edits/changes.ts';
export type { EditResult } from './edits/edit-result.ts';
export { addStage, STAGE_TEMPLATES, type StageTemplate, type StageTemplateId } from './edits/add-stage.ts';
export { renameStage } from './edits/rename-stage.ts';
export { connectCopy, defaultCopyPaths } from './edits/connect-copy.ts';
export { setBaseStage } from './edits/set-base-stage.ts';
export { removeEdge } from './edits/remove-edge.ts';
export { deleteStage, describeDeletion } from './edits/delete-stage.ts';
export { duplicateStage } from './edits/duplicate-stage.ts';
export { setBaseImage } from './edits/set-base-image.ts';
export { setPlatform } from './edits/set-platform.ts';
export { addInstruction } from './edits/add-instruction.ts';
export { editInstruction } from './edits/edit-instruction.ts';
export { removeInstruction } from './edits/remove-instruction.ts';
export { moveInstruction } from './edits/move-instruction.ts';
export { moveStage } from './edits/move-stage.ts';
