import type { DeletionDescription } from '../dockerfile/edits/delete-stage.ts';

/** The confirmation's words for deleting stages. */
export interface DeletionSummary {
  /** What goes: the stages and how many lines. */
  readonly headline: string;
  /** One line per reference from a stage that stays. */
  readonly references: readonly string[];
  /** What each answer does to those references; `null` when there are none. */
  readonly note: string | null;
}

const VERB = { copy: 'copies from', mount: 'mounts', from: 'starts FROM' } as const;

/**
 * Words for {@link DeletionDescription}: which stages go, how many lines, and which stages
 * that stay refer to them (and where), so the user knows what each button will change.
 */
export function deletionSummary(description: DeletionDescription, deleted: readonly string[], label: (stage: number) => string): DeletionSummary {
  const what = deleted.length === 1 ? `stage ${deleted[0]}` : `stages ${deleted.join(', ')}`;
  const lines = `${description.lines} ${description.lines === 1 ? 'line' : 'lines'}`;
  const headline = `Deletes ${what} (${lines}).`;
  const them = deleted.length === 1 ? 'it' : 'them';
  const references = description.references.map((ref) => `${label(ref.stage)} ${VERB[ref.kind]} ${them} (line ${ref.line})`);
  if (references.length === 0) return { headline, references, note: null };
  const hasFrom = description.references.some((ref) => ref.kind === 'from');
  const hasOther = description.references.some((ref) => ref.kind !== 'from');
  const parts = ['"Delete" leaves these references in place, flagged as problems.'];
  if (hasOther) parts.push('"Delete with dependents" also removes the COPY and mount references.');
  if (hasFrom) parts.push('FROM references always stay: those stages would start from an image of that name.');
  return { headline, references, note: parts.join(' ') };
}
