import { describe, expect, it } from 'vitest';
import { lintWith } from './support/test-lint.ts';
import { unusedStage } from './unused-stage.ts';

const lint = (text: string, target?: string) => lintWith(unusedStage, text, { target });

describe('UnusedStage', () => {
  it('FROM alpine AS tools / FROM alpine AS final — a hint on the unused stage name', () => {
    expect(lint('FROM alpine AS tools\nRUN make\nFROM alpine AS final\n')).toEqual([
      {
        rule: 'UnusedStage',
        severity: 'info',
        message: "Stage 'tools' is not used: no stage builds on it, copies from it or mounts it, and it is not the last stage",
        text: 'tools',
      },
    ]);
  });

  it('FROM alpine / FROM alpine — an unnamed stage is named by index, on its FROM', () => {
    expect(lint('FROM alpine\nFROM alpine\n')).toMatchObject([{ message: expect.stringMatching(/^Stage 0 is not used/), text: 'FROM' }]);
  });

  it('build / COPY --from=build / RUN --mount=from=cache / FROM base — every use counts', () => {
    const text = [
      'FROM alpine AS build',
      'FROM alpine AS cache',
      'FROM alpine AS base',
      'FROM base',
      'COPY --from=build /a /a',
      'RUN --mount=type=bind,from=cache,target=/c true',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('FROM alpine AS test / FROM alpine AS final, target test — the chosen target is used', () => {
    expect(lint('FROM alpine AS test\nFROM alpine AS final\n', 'test')).toEqual([]);
  });
});
