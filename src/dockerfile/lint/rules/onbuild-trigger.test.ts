import { describe, expect, it } from 'vitest';
import { onbuildTrigger } from './onbuild-trigger.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(onbuildTrigger, text);

describe('OnbuildTrigger', () => {
  it('FROM alpine / ONBUILD ONBUILD RUN x — chaining is refused', () => {
    expect(lint('FROM alpine\nONBUILD ONBUILD RUN x\n')).toEqual([
      { rule: 'OnbuildTrigger', severity: 'error', message: "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", text: 'ONBUILD' },
    ]);
  });

  it('FROM alpine / ONBUILD from alpine — FROM is refused, named upper-case', () => {
    expect(lint('FROM alpine\nONBUILD from alpine\n')).toMatchObject([{ message: "FROM isn't allowed as an ONBUILD trigger", text: 'from' }]);
  });

  it('FROM alpine / ONBUILD MAINTAINER me — MAINTAINER is refused', () => {
    expect(lint('FROM alpine\nONBUILD MAINTAINER me\n')).toMatchObject([
      { message: "MAINTAINER isn't allowed as an ONBUILD trigger", text: 'MAINTAINER' },
    ]);
  });

  it('FROM alpine / ONBUILD RUN make / ONBUILD COPY . /src — ordinary triggers pass', () => {
    expect(lint('FROM alpine\nONBUILD RUN make\nONBUILD COPY . /src\n')).toEqual([]);
  });
});
