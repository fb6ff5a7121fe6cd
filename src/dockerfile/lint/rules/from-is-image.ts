import type { Range } from '../../ast.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { editDistanceAtMost } from './support/suggest.ts';

/**
 * FromIsImage: `COPY --from=x` or `RUN --mount=from=x` where x names no stage, so BuildKit
 * pulls an image (or uses a named build context) called x. That is right for
 * `--from=nginx:1.27`, and a silent mistake for `--from=biuld`: a close stage name is
 * suggested. A mount's `from=` does not take stage indexes, so `from=0` is an image "0".
 */
export const fromIsImage: LintRule = {
  name: 'FromIsImage',
  source: 'graph',
  severity: 'info',
  description: 'A --from or from= that names no stage is read as an image or build context.',
  check({ ast, model }) {
    const findings: LintFinding[] = [];
    // A mount edge's range covers the whole `from=x` field; the finding is about `x`.
    const valueRange = (range: Range, value: string): Range => {
      const text = ast.source.slice(range.from, range.to);
      const eq = text.indexOf('=');
      return eq >= 0 && text.slice(eq + 1) === value ? { from: range.from + eq + 1, to: range.to } : range;
    };
    const named = model.stages.filter((stage) => stage.name !== null);
    for (const edge of model.edges) {
      if (edge.image === null || edge.viaOnbuild || edge.kind === 'from') continue;
      const value = edge.image;
      const range = valueRange(edge.range, value);
      if (edge.kind === 'mount' && /^\d+$/.test(value)) {
        const stage = model.stages[Number(value)];
        const hint = stage?.displayName != null ? ` (did you mean from=${stage.name}?)` : '';
        findings.push({
          ...range,
          message: `A mount's from= takes a stage name, not an index, so BuildKit pulls an image called "${value}"${hint}`,
        });
        continue;
      }
      // Stage names compare case-insensitively, so the closest one is found on lowercased text.
      let best = 3;
      let match: string | null = null;
      const wanted = value.toLowerCase();
      for (const stage of named) {
        const distance = editDistanceAtMost(wanted, stage.name!, best - 1);
        if (distance < best) {
          best = distance;
          match = stage.displayName;
        }
      }
      const hint = match === null ? '' : ` (did you mean '${match}'?)`;
      findings.push({
        ...range,
        message: `'${value}' names no stage, so BuildKit reads it as an image or a named build context${hint}`,
      });
    }
    return findings;
  },
};
