import type { editor, MarkerSeverity, Uri } from 'monaco-editor/editor';
import type { Diagnostic, Severity } from '../dockerfile/ast.ts';
import type { LineIndex } from '../dockerfile/text.ts';
import { toMonacoRange } from './monaco-positions.ts';

/** Monaco's severity for each of ours (passed in, so this file needs no Monaco at run time). */
export type SeverityMap = Readonly<Record<Severity, MarkerSeverity>>;

/**
 * The Monaco markers for the diagnostics of a text. `lines` indexes that text; `parseUri`
 * makes the rule's documentation link (Monaco shows it in the hover as `Rule`).
 */
export function diagnosticsToMarkers(
  diagnostics: readonly Diagnostic[],
  lines: LineIndex,
  severities: SeverityMap,
  parseUri: (url: string) => Uri,
): editor.IMarkerData[] {
  return diagnostics.map((diagnostic) => {
    const range = toMonacoRange(lines, diagnostic.from, diagnostic.to);
    return {
      ...range,
      severity: severities[diagnostic.severity],
      message: diagnostic.message,
      source: 'Stagewright',
      code: diagnostic.url === '' ? diagnostic.rule : { value: diagnostic.rule, target: parseUri(diagnostic.url) },
    };
  });
}
