import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from '../edits/edit-result.ts';
import { instructionAt } from '../language/syntax-at.ts';
import type { FindingRef } from './quick-fix.ts';

/** The OCI annotation that holds an image's authors. */
export const AUTHORS_LABEL = 'org.opencontainers.image.authors';

/** A double-quoted Dockerfile word: `\`, `"` and `$` escaped so the value stays literal. */
function quoted(value: string): string {
  return `"${value.replace(/[\\"$]/g, (ch) => `\\${ch}`)}"`;
}

/**
 * MaintainerDeprecated: `MAINTAINER Jo <jo@example.com>` becomes
 * `LABEL org.opencontainers.image.authors="Jo <jo@example.com>"`, in the keyword's case.
 */
export function maintainerToLabel(analysis: Analysis, finding: FindingRef): EditResult {
  const instruction = instructionAt(analysis.ast, finding.from);
  if (instruction === null || instruction.name !== 'MAINTAINER') return refuse('There is no MAINTAINER here.');
  const author = instruction.args.map((a) => a.value).join(' ').trim();
  const keyword = instruction.keyword === instruction.keyword.toLowerCase() ? 'label' : 'LABEL';
  const insert = `${keyword} ${AUTHORS_LABEL}=${quoted(author)}`;
  const to = Math.max(instruction.argsRange.to, instruction.keywordRange.to);
  return { ok: true, changes: [{ from: instruction.keywordRange.from, to, insert }] };
}
