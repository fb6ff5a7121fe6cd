import type { Severity } from '../dockerfile/ast.ts';

/** How the UI names a severity (the status bar counts `info` findings as hints). */
export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = { error: 'Error', warning: 'Warning', info: 'Hint' };

/** The icon shown before a severity, in the Problems list and on a stage node's badge. */
export const SEVERITY_ICONS: Readonly<Record<Severity, string>> = { error: '✕', warning: '⚠', info: 'ℹ' };
