import { describe, expect, it } from 'vitest';
import { multipleInstructionsDisallowed } from './multiple-instructions-disallowed.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(multipleInstructionsDisallowed, text);
const message = (name: string) =>
  `Multiple ${name} instructions should not be used in the same stage because only the last one will be used`;

describe('MultipleInstructionsDisallowed', () => {
  it('two ENTRYPOINTs, CMDs and HEALTHCHECKs — warns on each earlier one', () => {
    const text =
      'FROM scratch\nENTRYPOINT ["/a"]\nENTRYPOINT ["/b"]\nCMD ["/a"]\nCMD ["/b"]\nHEALTHCHECK CMD ["/a"]\nHEALTHCHECK CMD ["/b"]\n';
    expect(lint(text)).toEqual([
      { rule: 'MultipleInstructionsDisallowed', severity: 'warning', message: message('ENTRYPOINT'), text: 'ENTRYPOINT' },
      { rule: 'MultipleInstructionsDisallowed', severity: 'warning', message: message('CMD'), text: 'CMD' },
      { rule: 'MultipleInstructionsDisallowed', severity: 'warning', message: message('HEALTHCHECK'), text: 'HEALTHCHECK' },
    ]);
  });

  it('FROM scratch / cmd ["/a"] / COPY … / CMD ["/b"] — other instructions between still count', () => {
    const text = 'FROM scratch\ncmd ["/a"]\nCOPY <<EOF /a.txt\nHello\nEOF\nCMD ["/b"]\n';
    expect(lint(text)).toMatchObject([{ message: message('CMD'), text: 'cmd' }]);
  });

  it('FROM scratch AS a / CMD … / FROM a AS b / CMD … — each stage counts afresh', () => {
    expect(lint('FROM scratch AS a\nCMD ["/a"]\nFROM a AS b\nCMD ["/b"]\n')).toEqual([]);
  });
});
