import { describe, expect, it } from 'vitest';
import { expandWord } from './expand.ts';

const vars: Record<string, string> = { A: 'one', EMPTY: '' };
const lookup = (name: string) => vars[name];

describe('expandWord', () => {
  it('$A ${A} ${A}x', () => expect(expandWord('$A ${A} ${A}x', lookup).value).toBe('one one onex'));
  it('${MISSING:-fallback} ${EMPTY:-e} ${EMPTY-e}', () =>
    expect(expandWord('${MISSING:-fallback} ${EMPTY:-e} ${EMPTY-e}', lookup).value).toBe('fallback e '));
  it('${A:+set} ${MISSING:+set}', () => expect(expandWord('${A:+set}|${MISSING:+set}', lookup).value).toBe('set|'));
  it('$MISSING is empty and reported', () => {
    const result = expandWord('x$MISSING', lookup);
    expect(result.value).toBe('x');
    expect(result.undefinedNames).toEqual(['MISSING']);
  });
  it("'$A' and \\$A stay literal", () => expect(expandWord("'$A' \\$A", lookup).value).toBe('$A $A'));
  it('$BUILDPLATFORM is kept when asked', () =>
    expect(expandWord('$BUILDPLATFORM/${TARGETOS}', lookup, '\\', (n) => n.startsWith('BUILD') || n.startsWith('TARGET')).value).toBe(
      '$BUILDPLATFORM/${TARGETOS}',
    ));
});
