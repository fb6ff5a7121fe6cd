import { describe, expect, it } from 'vitest';
import type { MarkerSeverity, Uri } from 'monaco-editor/editor';
import type { Diagnostic } from '../dockerfile/ast.ts';
import { createLineIndex } from '../dockerfile/text.ts';
import { diagnosticsToMarkers, type SeverityMap } from './diagnostics-to-markers.ts';

// Monaco's MarkerSeverity values, without loading Monaco in Node.
const SEVERITIES = { error: 8, warning: 4, info: 2 } as unknown as SeverityMap;
const asUri = (url: string) => ({ toString: () => url }) as unknown as Uri;

describe('diagnosticsToMarkers', () => {
  const text = 'FROM a\nCOPY --from= x y\n';
  const diagnostic: Diagnostic = {
    rule: 'SyntaxError',
    severity: 'error',
    message: 'COPY --from needs a value',
    from: 12,
    to: 19,
    url: 'https://example.invalid/SyntaxError',
  };

  it('"FROM a\\nCOPY --from= x y" an error on --from= becomes an error marker on line 2', () => {
    const [marker] = diagnosticsToMarkers([diagnostic], createLineIndex(text), SEVERITIES, asUri);
    expect(marker).toMatchObject({
      startLineNumber: 2,
      startColumn: 6,
      endLineNumber: 2,
      endColumn: 13,
      severity: 8 as MarkerSeverity,
      message: 'COPY --from needs a value',
    });
    expect(marker!.code).toMatchObject({ value: 'SyntaxError' });
    expect(String((marker!.code as { target: Uri }).target)).toBe(diagnostic.url);
  });

  it('"FROM a\\nCOPY --from= x y" a warning and a hint keep their severities; no URL gives a plain code', () => {
    const markers = diagnosticsToMarkers(
      [
        { ...diagnostic, severity: 'warning' },
        { ...diagnostic, severity: 'info', url: '' },
      ],
      createLineIndex(text),
      SEVERITIES,
      asUri,
    );
    expect(markers.map((m) => m.severity)).toEqual([4, 2]);
    expect(markers[1]!.code).toBe('SyntaxError');
  });
});
