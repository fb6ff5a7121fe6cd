import { describe, expect, it } from 'vitest';
import { completionsAt } from './completion-at.ts';
import { atMarker } from './test-text.ts';

/** The labels offered at the `|`, and the text the completion would replace. */
function complete(marked: string): { labels: string[]; replaces: string } | null {
  const { analysis, offset } = atMarker(marked);
  const list = completionsAt(analysis, offset);
  if (list === null) return null;
  return { labels: list.items.map((i) => i.label), replaces: analysis.ast.source.slice(list.from, list.to) };
}

const STAGES = 'ARG BASE=alpine\nFROM golang AS build\nRUN go build\nFROM node AS web\nRUN npm ci\nFROM alpine\n';

describe('completionsAt', () => {
  it('an empty line after a stage — every instruction keyword', () => {
    const c = complete(`${STAGES}|`);
    expect(c?.labels).toHaveLength(18);
    expect(c?.labels).toContain('COPY');
    expect(c?.replaces).toBe('');
  });

  it('"co|" at the start of a line — lowercase keywords, replacing what was typed', () => {
    const c = complete(`${STAGES}co|`);
    expect(c?.labels).toContain('copy');
    expect(c?.replaces).toBe('co');
  });

  it('a continuation line of RUN — no instruction keywords', () => {
    expect(complete('FROM alpine\nRUN apk add \\\n    |curl\n')).toBeNull();
  });

  it('"COPY --|" — the flags of COPY', () => {
    const c = complete(`${STAGES}COPY --|`);
    expect(c?.labels).toEqual(['--from', '--chown', '--chmod', '--link', '--parents', '--exclude']);
    expect(c?.replaces).toBe('--');
  });

  it('"COPY --from=web --|" — --from is not offered twice', () => {
    expect(complete(`${STAGES}COPY --from=web --|`)?.labels).not.toContain('--from');
  });

  it('"COPY src --|" — after an argument no flag can follow', () => {
    expect(complete(`${STAGES}COPY src --|`)).toBeNull();
  });

  it('"RUN --|" — the flags of RUN', () => {
    expect(complete(`${STAGES}RUN --|`)?.labels).toEqual(['--mount', '--network', '--security', '--device']);
  });

  it('"COPY --from=|" in the third stage — the earlier stages, nearest first, by name or index', () => {
    const c = complete(`${STAGES}COPY --from=|`);
    expect(c?.labels).toEqual(['build', 'web']);
    const { analysis, offset } = atMarker(`${STAGES}COPY --from=|`);
    expect(completionsAt(analysis, offset)?.items.map((i) => i.sortText)).toEqual(['1000', '0999']);
  });

  it('"COPY --from=bu|ild" in the second stage — only build, replacing the whole word', () => {
    const c = complete('FROM golang AS build\nFROM alpine\nCOPY --from=bu|ild /a /b\n');
    expect(c).toEqual({ labels: ['build'], replaces: 'build' });
  });

  it('"COPY --from=" after an unnamed stage — offered by index', () => {
    expect(complete('FROM golang\nFROM alpine\nCOPY --from=|')?.labels).toEqual(['0']);
  });

  it('"RUN --mount=|" — mount options, type and target first', () => {
    const { analysis, offset } = atMarker(`${STAGES}RUN --mount=|`);
    const items = completionsAt(analysis, offset)!.items;
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['type', 'target', 'source', 'from', 'readonly', 'rw']));
    expect(items.find((i) => i.label === 'type')?.insertText).toBe('type=');
    expect(items.find((i) => i.label === 'rw')?.insertText).toBe('rw');
    expect(items.map((i) => i.label)).not.toContain('sharing');
  });

  it('"RUN --mount=type=cache,|" — cache options, type no longer offered', () => {
    const labels = complete(`${STAGES}RUN --mount=type=cache,|`)!.labels;
    expect(labels).toContain('sharing');
    expect(labels).toContain('id');
    expect(labels).not.toContain('type');
    expect(labels).not.toContain('rw');
  });

  it('"RUN --mount=type=|" — the mount types', () => {
    expect(complete(`${STAGES}RUN --mount=type=|`)?.labels).toEqual(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
  });

  it('"RUN --mount=type=bind,from=|" — named earlier stages only', () => {
    expect(complete(`${STAGES}RUN --mount=type=bind,from=|`)?.labels).toEqual(['build', 'web']);
  });

  it('"FROM |" as the second stage — earlier stages and scratch', () => {
    expect(complete('FROM golang AS build\nFROM |')?.labels).toEqual(['build', 'scratch']);
  });

  it('"FROM |" as the first stage — only scratch', () => {
    expect(complete('FROM |')?.labels).toEqual(['scratch']);
  });

  it('"FROM build |" — the AS keyword', () => {
    expect(complete('FROM golang AS build\nFROM build |')?.labels).toEqual(['AS']);
    expect(complete('from golang as build\nfrom build |')?.labels).toEqual(['as']);
  });

  it('"FROM alpine AS |" and "FROM --platform=x |" — no AS offered', () => {
    expect(complete('FROM alpine AS |')).toBeNull();
    expect(complete('FROM --platform=linux/amd64 |')?.labels).toEqual(['scratch']);
  });

  it('"FROM ${|" — the global ARGs and the platform ARGs', () => {
    const c = complete('ARG BASE=alpine\nARG TAG\nFROM ${|}');
    expect(c?.labels.slice(0, 2)).toEqual(['BASE', 'TAG']);
    expect(c?.labels).toContain('BUILDPLATFORM');
    expect(c?.replaces).toBe('');
  });

  it('"RUN echo $B|" in a stage — the stage ARG first, replacing the typed part', () => {
    const c = complete('ARG BASE=alpine\nFROM alpine\nARG BUILD_ID\nENV HOME_DIR=/x\nRUN echo $B|');
    expect(c?.labels.slice(0, 3)).toEqual(['BUILD_ID', 'HOME_DIR', 'BASE']);
    expect(c?.replaces).toBe('B');
  });

  it('"# |" on the first line — the parser directives', () => {
    expect(complete('# |\nFROM alpine\n')?.labels).toEqual(['syntax', 'escape', 'check']);
  });

  it('"# check=skip=|" — BuildKit rule names', () => {
    expect(complete('# check=skip=|\nFROM alpine\n')?.labels).toContain('JSONArgsRecommended');
  });

  it('"# |" after an instruction — a comment, no directives', () => {
    expect(complete('FROM alpine\n# |')).toBeNull();
  });

  it('inside a heredoc body — nothing', () => {
    expect(complete('FROM alpine\nRUN <<EOF\nec|ho\nEOF\n')).toBeNull();
  });

  it('"ONBUILD |" — instructions a trigger may be', () => {
    const labels = complete('FROM alpine\nONBUILD |')!.labels;
    expect(labels).toContain('COPY');
    expect(labels).not.toContain('FROM');
    expect(labels).not.toContain('ONBUILD');
  });
});
