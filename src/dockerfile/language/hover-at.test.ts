import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { hoverAt } from './hover-at.ts';
import { offsetOf } from './test-text.ts';

const TEXT = [
  '# syntax=docker/dockerfile:1',
  '# check=skip=JSONArgsRecommended',
  'ARG GO=1.23',
  'FROM --platform=$BUILDPLATFORM golang:${GO}-alpine AS build',
  'RUN --mount=type=cache,target=/root/.cache,sharing=locked go build -o /out/app .',
  'FROM ghcr.io/acme/base:1.0@sha256:abc AS runtime',
  'COPY --from=build /out/app /usr/local/bin/app',
  'RUN --mount=type=bind,from=build,source=/out,target=/mnt ls /mnt',
  'CMD ["app"]',
  '',
].join('\n');
const analysis = analyzeDockerfile(TEXT);
const hover = (needle: string, delta = 1, nth = 0) => hoverAt(analysis, offsetOf(TEXT, needle, delta, nth));

describe('hoverAt', () => {
  it('COPY keyword — the COPY documentation with its reference link', () => {
    const h = hover('COPY');
    expect(h?.markdown).toContain('Copies files from the build context');
    expect(h?.markdown).toContain('(https://docs.docker.com/reference/dockerfile/#copy)');
    expect(TEXT.slice(h!.from, h!.to)).toBe('COPY');
  });

  it('--from flag of COPY — the flag documentation, over the flag name', () => {
    const h = hover('--from=build');
    expect(h?.markdown).toContain('--from=<stage name | index | image>');
    expect(h?.markdown).toContain('#copy---from');
    expect(TEXT.slice(h!.from, h!.to)).toBe('--from');
  });

  it('--platform flag of FROM — the FROM flag documentation', () => {
    expect(hover('--platform')?.markdown).toContain('The platform of the base image');
  });

  it('mount option sharing= — the option documentation and the types that take it', () => {
    const h = hover('sharing=');
    expect(h?.markdown).toContain('How concurrent builds share a cache');
    expect(h?.markdown).toContain('For mount types: `cache`');
    expect(TEXT.slice(h!.from, h!.to)).toBe('sharing');
  });

  it('mount type value cache — the cache mount documentation', () => {
    expect(hover('type=cache', 6)?.markdown).toContain('#run---mounttypecache');
  });

  it('mount option target= — documented', () => {
    expect(hover('target=/root')?.markdown).toContain('Where the mount appears');
  });

  it('directives syntax and check — documented', () => {
    expect(hover('syntax')?.markdown).toContain('#syntax');
    expect(hover('check')?.markdown).toContain('skip=');
  });

  it('--from=build value — the stage summary: base, what it copies, who uses it', () => {
    const h = hover('--from=build', 8);
    expect(TEXT.slice(h!.from, h!.to)).toBe('build');
    expect(h?.markdown).toContain('**Stage 0 `build`**');
    expect(h?.markdown).toContain('Base: image `golang:1.23-alpine` (written `golang:${GO}-alpine`)');
    expect(h?.markdown).toContain('`runtime` copies from it');
    expect(h?.markdown).toContain('`runtime` mounts it');
  });

  it('AS runtime — the summary lists what the stage copies from where', () => {
    const h = hover('AS runtime', 4);
    expect(h?.markdown).toContain('copies `/out/app` from stage `build`');
    expect(h?.markdown).toContain('mounts from stage `build`');
    expect(h?.markdown).toContain('The build target');
  });

  it('from=build in a mount — the same stage summary', () => {
    expect(hover('from=build,source', 6)?.markdown).toContain('**Stage 0 `build`**');
  });

  it('ghcr.io image with tag and digest — registry, repository, tag and digest', () => {
    const h = hover('ghcr.io');
    expect(h?.markdown).toContain('| Registry | `ghcr.io` |');
    expect(h?.markdown).toContain('| Repository | `acme/base` |');
    expect(h?.markdown).toContain('| Tag | `1.0` |');
    expect(h?.markdown).toContain('| Digest | `sha256:abc` |');
  });

  it('golang:${GO}-alpine — Docker Hub library image, expanded, not pinned', () => {
    const h = hover('golang');
    expect(h?.markdown).toContain('| Repository | `library/golang` |');
    expect(h?.markdown).toContain('— (not pinned)');
    expect(h?.markdown).toContain('https://hub.docker.com/_/golang');
  });

  it('FROM build in a later stage — the summary of the stage it builds on', () => {
    const text = 'FROM golang AS build\nFROM build AS test\nRUN go test\n';
    const h = hoverAt(analyzeDockerfile(text), offsetOf(text, 'FROM build', 6));
    expect(h?.markdown).toContain('**Stage 0 `build`**');
    expect(h?.markdown).toContain('`test` builds on it (FROM)');
    expect(h?.markdown).not.toContain('The target does not need this stage');
  });

  it('AS unused in a stage no one needs — says BuildKit skips it', () => {
    const text = 'FROM golang AS unused\nFROM alpine\n';
    expect(hoverAt(analyzeDockerfile(text), offsetOf(text, 'unused', 1))?.markdown).toContain('The target does not need this stage, so BuildKit skips it.');
  });

  it('COPY --from=nginx:1.27 (no such stage) — the image parts', () => {
    const text = 'FROM alpine\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n';
    const h = hoverAt(analyzeDockerfile(text), offsetOf(text, 'nginx:1.27', 2));
    expect(text.slice(h!.from, h!.to)).toBe('nginx:1.27');
    expect(h?.markdown).toContain('| Repository | `library/nginx` |');
    expect(h?.markdown).toContain('| Tag | `1.27` |');
  });

  it('plain argument text (go build) — no hover', () => {
    expect(hover('go build')).toBeNull();
  });

  it('an unknown flag — says the instruction does not take it', () => {
    const text = 'FROM alpine\nCOPY --platform=x a b\n';
    expect(hoverAt(analyzeDockerfile(text), offsetOf(text, '--platform', 2))?.markdown).toBe('`--platform` is not a flag of COPY.');
  });

  it('every instruction keyword has a hover', () => {
    const names = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];
    const text = `FROM alpine\n${names.map((n) => `${n} x`).join('\n')}\n`;
    const a = analyzeDockerfile(text);
    for (const name of ['FROM', ...names]) {
      const h = hoverAt(a, offsetOf(text, `${name} `, 1));
      expect(h?.markdown, name).toContain('https://docs.docker.com/reference/dockerfile/#');
    }
  });
});
