import { describe, expect, it } from 'vitest';
import { lintWith } from './support/test-lint.ts';
import { unreachableStage } from './unreachable-stage.ts';

const text = ['FROM alpine AS deps', 'FROM deps AS test', 'FROM alpine AS build', 'FROM alpine AS release', 'COPY --from=build /a /a', ''].join('\n');
const lint = (target?: string) => lintWith(unreachableStage, text, { target });

describe('UnreachableStage', () => {
  it('deps ← test, build ← release; target release — deps is used by test but not built', () => {
    expect(lint()).toEqual([
      {
        rule: 'UnreachableStage',
        severity: 'info',
        message: "Stage 'deps' is not built for target 'release': the target does not depend on it",
        text: 'deps',
      },
    ]);
  });

  it('same file, target test — build is skipped, deps is built', () => {
    expect(lint('test')).toMatchObject([{ message: "Stage 'build' is not built for target 'test': the target does not depend on it", text: 'build' }]);
  });

  it('FROM alpine AS a / FROM a — everything reached', () => {
    expect(lintWith(unreachableStage, 'FROM alpine AS a\nFROM a\n')).toEqual([]);
  });
});
