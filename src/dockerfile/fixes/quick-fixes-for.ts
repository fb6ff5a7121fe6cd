import type { Analysis } from '../analyze.ts';
import type { Change } from '../edits/changes.ts';
import type { EditResult } from '../edits/edit-result.ts';
import { convertToJsonForm, jsonFormStyles } from './convert-to-json-form.ts';
import { fixCasing, majorityLowercase } from './fix-casing.ts';
import { fixInstructionKeyword } from './fix-instruction-keyword.ts';
import { legacyKeyValueToEquals } from './legacy-key-value-to-equals.ts';
import { AUTHORS_LABEL, maintainerToLabel } from './maintainer-to-label.ts';
import type { FindingRef } from './quick-fix.ts';
import { renameToValidStageName } from './rename-to-valid-stage-name.ts';
import { instructionAt } from '../language/syntax-at.ts';
import { useNearestStage } from './use-nearest-stage.ts';

/** A fix offered for a finding: a title for the menu and the changes to dispatch. */
export interface QuickFix {
  readonly title: string;
  /** The rule of the finding it fixes. */
  readonly rule: string;
  /** The fix to apply with one key (Monaco's "preferred" action). */
  readonly preferred: boolean;
  readonly changes: readonly Change[];
  readonly selectStage?: number;
}

function offered(title: string, rule: string, preferred: boolean, result: EditResult): QuickFix[] {
  if (!result.ok || result.changes.length === 0) return [];
  return [{ title, rule, preferred, changes: result.changes, ...(result.selectStage === undefined ? {} : { selectStage: result.selectStage }) }];
}

/** The inserted text of a one-change fix, for its title. */
function inserted(result: EditResult): string {
  return result.ok && result.changes.length === 1 ? result.changes[0]!.insert : '';
}

/**
 * The quick fixes for one finding, the preferred one first. Only findings whose fix is
 * obvious get any: casing, JSON form, MAINTAINER, stage names, a `--from` naming no stage,
 * legacy `key value` pairs and a misspelt instruction keyword.
 */
export function quickFixesFor(analysis: Analysis, finding: FindingRef): QuickFix[] {
  const { rule } = finding;
  switch (rule) {
    case 'FromAsCasing':
    case 'ExposeProtoCasing': {
      const result = fixCasing(analysis, finding);
      return offered(`Change to '${inserted(result)}'`, rule, true, result);
    }
    case 'ConsistentInstructionCasing': {
      const casing = majorityLowercase(analysis) ? 'lowercase' : 'uppercase';
      const one = fixCasing(analysis, finding);
      return [
        ...offered(`Change to '${inserted(one)}'`, rule, true, one),
        ...offered(`Make every instruction ${casing}`, rule, false, fixCasing(analysis, finding, { all: true })),
      ];
    }
    case 'StageNameCasing': {
      const name = analysis.ast.source.slice(finding.from, finding.to).toLowerCase();
      return offered(`Rename the stage to '${name}' (and its references)`, rule, true, fixCasing(analysis, finding));
    }
    case 'JSONArgsRecommended': {
      const instruction = instructionAt(analysis.ast, finding.from);
      const command = instruction?.args.map((a) => a.value).join(' ') ?? '';
      return jsonFormStyles(command).flatMap((style, i) =>
        offered(
          style === 'words' ? 'Convert to JSON form' : 'Convert to JSON form, run through /bin/sh -c',
          rule,
          i === 0,
          convertToJsonForm(analysis, finding, style),
        ),
      );
    }
    case 'MaintainerDeprecated':
      return offered(`Replace with LABEL ${AUTHORS_LABEL}`, rule, true, maintainerToLabel(analysis, finding));
    case 'InvalidStageName':
    case 'ReservedStageName': {
      const result = renameToValidStageName(analysis, finding);
      const stage = result.ok ? result.selectStage : undefined;
      const name = stage === undefined || !result.ok ? '' : result.changes.find((c) => c.from === analysis.model.stages[stage]?.nameRange?.from)?.insert;
      return offered(`Rename the stage to '${name ?? ''}' (and its references)`, rule, true, result);
    }
    case 'FromIsImage': {
      const result = useNearestStage(analysis, finding);
      return offered(`Use stage '${inserted(result)}'`, rule, true, result);
    }
    case 'UnknownInstruction': {
      const result = fixInstructionKeyword(analysis, finding);
      return offered(`Change to '${inserted(result)}'`, rule, true, result);
    }
    case 'LegacyKeyValueFormat':
      return offered('Use key=value', rule, true, legacyKeyValueToEquals(analysis, finding));
    default:
      return [];
  }
}
