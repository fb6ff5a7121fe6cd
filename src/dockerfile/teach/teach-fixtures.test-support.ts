import { readFileSync } from 'node:fs';
import { analyzeDockerfile, type Analysis } from '../analyze.ts';

/** One of the project's own real-world fixtures (`fixtures/real/<name>.Dockerfile`), analysed. */
export function realFixture(name: string, target?: string): Analysis {
  const text = readFileSync(new URL(`../../../fixtures/real/${name}.Dockerfile`, import.meta.url), 'utf8');
  return analyzeDockerfile(text, target === undefined ? {} : { target });
}

/** The diamond: base; left and right FROM base; final copies from both (shared with the e2e spec). */
export const DIAMOND = readFileSync(new URL('../../../fixtures/teach/diamond.Dockerfile', import.meta.url), 'utf8');
