/**
 * Teaching views derived from an analysis: stage summaries, the final image, ARG scope,
 * what a change rebuilds, and the build walkthrough. Pure functions, no UI imports.
 */
export { explainStage, recognizedCommands, ExplanationTopic, type StageExplanation, type ExplanationPart } from './explain-stage.ts';
export { finalImage, baseChain, type FinalImage, type FinalImageFile, type ImageSetting, type LeftBehind } from './final-image.ts';
export { argScope, ArgOrigin, type ArgScope, type StageArgScope, type VisibleArg, type ArgMistake, type GlobalArgInfo } from './arg-scope.ts';
export { rebuildSet, type RebuildSet, type RebuildOrigin } from './rebuild-set.ts';
export { walkthrough, skippedReason, type WalkthroughStep } from './walkthrough.ts';
export { buildCommand } from './build-command.ts';
export { sourcePhrase, type CopySource } from './copy-sources.ts';
export { stageTitle, joinWords } from './stage-title.ts';
export { recognizeCommand, CommandAction, type RecognizedCommand } from './recognize-command.ts';
