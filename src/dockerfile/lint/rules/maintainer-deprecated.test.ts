import { describe, expect, it } from 'vitest';
import { maintainerDeprecated } from './maintainer-deprecated.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(maintainerDeprecated, text);

describe('MaintainerDeprecated', () => {
  it('FROM scratch / MAINTAINER me@example.org — warns on the keyword', () => {
    expect(lint('FROM scratch\nMAINTAINER me@example.org\n')).toEqual([
      {
        rule: 'MaintainerDeprecated',
        severity: 'warning',
        message: 'Maintainer instruction is deprecated in favor of using label',
        text: 'MAINTAINER',
      },
    ]);
  });

  it('FROM scratch / LABEL org.opencontainers.image.authors="me@example.org" — passes', () => {
    expect(lint('FROM scratch\nLABEL org.opencontainers.image.authors="me@example.org"\n')).toEqual([]);
  });
});
