import { readFileSync } from 'node:fs';
import { analyzeDockerfile, type Analysis } from '../analyze.ts';

/** One of the project's own real-world fixtures (`fixtures/real/<name>.Dockerfile`), analysed. */
export function realFixture(name: string, target?: string): Analysis {
  const text = readFileSync(new URL(`../../../fixtures/real/${name}.Dockerfile`, import.meta.url), 'utf8');
  return analyzeDockerfile(text, target === undefined ? {} : { target });
}

/** The diamond: base; left and right FROM base; final copies from both. */
export const DIAMOND = [
  'FROM alpine:3.20 AS base',
  'RUN apk add --no-cache ca-certificates',
  'WORKDIR /src',
  '',
  'FROM base AS left',
  'RUN echo left > /left.txt',
  '',
  'FROM base AS right',
  'RUN echo right > /right.txt',
  '',
  'FROM busybox:1.36 AS final',
  'COPY --from=left /left.txt /out/left.txt',
  'COPY --from=right /right.txt /out/right.txt',
  'CMD ["cat", "/out/left.txt", "/out/right.txt"]',
  '',
].join('\n');
