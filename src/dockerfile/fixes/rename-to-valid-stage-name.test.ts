import { describe, expect, it } from 'vitest';
import { validStageNameFor } from './rename-to-valid-stage-name.ts';

describe('validStageNameFor', () => {
  it.each([
    ['Build', 'build'],
    ['1st_build!', 'stage-1st_build'],
    ['my stage/final', 'my-stage-final'],
    ['scratch', 'scratch-stage'],
    ['CONTEXT', 'context-stage'],
    ['!!!', 'stage'],
    ['-lead', 'lead'],
  ])('%s — %s', (name, expected) => {
    expect(validStageNameFor(name)).toBe(expected);
  });
});
