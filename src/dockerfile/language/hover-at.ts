import type { Analysis } from '../analyze.ts';
import type { Range } from '../ast.ts';
import { isInstructionName } from '../instructions.ts';
import type { ImageRef } from '../model.ts';
import { DIRECTIVE_DOCS, docMarkdown, flagDoc, INSTRUCTION_DOCS, MOUNT_TYPE_DOCS, mountOptionDoc } from './reference-docs.ts';
import { stageSummaryMarkdown } from './stage-summary.ts';
import { syntaxAt } from './syntax-at.ts';

/** A hover: Markdown for the range it explains. */
export interface HoverContent extends Range {
  readonly markdown: string;
}

/** Docker Hub's page of an image, when it lives there. */
function hubUrl(image: ImageRef): string | null {
  if (image.registry !== 'docker.io') return null;
  return image.repository.startsWith('library/')
    ? `https://hub.docker.com/_/${image.repository.slice('library/'.length)}`
    : `https://hub.docker.com/r/${image.repository}`;
}

function imageMarkdown(image: ImageRef, raw: string): string {
  const rows = [
    `| Registry | \`${image.registry}\` |`,
    `| Repository | \`${image.repository}\` |`,
    `| Tag | ${image.tag === null ? '—' : `\`${image.tag}\``} |`,
    `| Digest | ${image.digest === null ? '— (not pinned)' : `\`${image.digest}\``} |`,
  ];
  const head = `**Image** \`${image.ref}\`${raw !== image.ref ? ` (written \`${raw}\`)` : ''}`;
  const hub = hubUrl(image);
  return `${head}\n\n| | |\n|---|---|\n${rows.join('\n')}${hub === null ? '' : `\n\n[Docker Hub](${hub})`}`;
}

/**
 * The hover at `offset`: documentation for a keyword, flag, mount option, mount type or
 * directive; a summary for a stage reference; the parts of an image reference. `null` where
 * there is nothing to explain.
 */
export function hoverAt(analysis: Analysis, offset: number): HoverContent | null {
  const target = syntaxAt(analysis, offset);
  if (target === null) return null;
  const { from, to } = target.range;
  switch (target.kind) {
    case 'directive': {
      const doc = Object.hasOwn(DIRECTIVE_DOCS, target.directive.name) ? DIRECTIVE_DOCS[target.directive.name] : undefined;
      return doc === undefined ? null : { from, to, markdown: docMarkdown(doc) };
    }
    case 'keyword': {
      const name = target.instruction.name;
      return isInstructionName(name) ? { from, to, markdown: docMarkdown(INSTRUCTION_DOCS[name]) } : null;
    }
    case 'flag': {
      const doc = flagDoc(target.instruction.name, target.flag.name);
      const markdown =
        doc === undefined ? `\`--${target.flag.name}\` is not a flag of ${target.instruction.name}.` : docMarkdown(doc);
      return { from, to, markdown };
    }
    case 'mountOption': {
      const doc = mountOptionDoc(target.key);
      if (doc === undefined) return { from, to, markdown: `\`${target.key}\` is not a \`--mount\` option.` };
      return { from, to, markdown: `${docMarkdown(doc)}\n\nFor mount types: ${doc.types.map((t) => `\`${t}\``).join(', ')}` };
    }
    case 'mountType': {
      const doc = Object.hasOwn(MOUNT_TYPE_DOCS, target.type) ? MOUNT_TYPE_DOCS[target.type] : undefined;
      return doc === undefined ? null : { from, to, markdown: docMarkdown(doc) };
    }
    case 'stage':
      return { from, to, markdown: stageSummaryMarkdown(analysis, target.reference.stage) };
    case 'image':
      return { from, to, markdown: imageMarkdown(target.image, target.raw) };
  }
}
