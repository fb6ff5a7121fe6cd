import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { buildCommands } from './build-commands.ts';

describe('buildCommands', () => {
  it('deps, build, test and an unnamed runtime: one command per named stage with the stages it runs', () => {
    const text = [
      'FROM golang:1.23 AS deps',
      'FROM deps AS build',
      'FROM build AS test',
      'FROM node:22 AS Web',
      'FROM scratch',
      'COPY --from=build /out /',
      'COPY --from=web /dist /www',
      '',
    ].join('\n');
    expect(buildCommands(analyzeDockerfile(text))).toEqual([
      { stage: 0, label: 'deps', command: 'docker build --target deps .', builds: ['deps'], isDefault: false },
      { stage: 1, label: 'build', command: 'docker build --target build .', builds: ['deps', 'build'], isDefault: false },
      { stage: 2, label: 'test', command: 'docker build --target test .', builds: ['deps', 'build', 'test'], isDefault: false },
      { stage: 3, label: 'Web', command: 'docker build --target web .', builds: ['Web'], isDefault: false },
      { stage: 4, label: '#4', command: null, builds: ['deps', 'build', 'Web', '#4'], isDefault: true },
    ]);
  });

  it('a text with no FROM has no commands', () => {
    expect(buildCommands(analyzeDockerfile('# nothing yet\n'))).toEqual([]);
  });
});
