import { describe, expect, it } from 'vitest';
import { secretsUsedInArgOrEnv } from './secrets-used-in-arg-or-env.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(secretsUsedInArgOrEnv, text);

describe('SecretsUsedInArgOrEnv', () => {
  it("BuildKit's own example — the same eight names", () => {
    const text = [
      'FROM scratch',
      'ARG SECRET_PASSPHRASE',
      'ENV SUPER_Secret=foo',
      'ENV password=bar secret=baz',
      'ARG super_duper_secret_token=foo auth=bar',
      'ENV apikey=bar sunflower=foo',
      'ENV git_key=',
      'ENV PUBLIC_KEY=',
      'ARG public_token',
      '',
    ].join('\n');
    expect(lint(text).map((f) => [f.message, f.text])).toEqual([
      ['Do not use ARG or ENV instructions for sensitive data (ARG "SECRET_PASSPHRASE")', 'SECRET_PASSPHRASE'],
      ['Do not use ARG or ENV instructions for sensitive data (ENV "SUPER_Secret")', 'SUPER_Secret'],
      ['Do not use ARG or ENV instructions for sensitive data (ENV "password")', 'password'],
      ['Do not use ARG or ENV instructions for sensitive data (ENV "secret")', 'secret'],
      ['Do not use ARG or ENV instructions for sensitive data (ARG "super_duper_secret_token")', 'super_duper_secret_token'],
      ['Do not use ARG or ENV instructions for sensitive data (ARG "auth")', 'auth'],
      ['Do not use ARG or ENV instructions for sensitive data (ENV "apikey")', 'apikey'],
      ['Do not use ARG or ENV instructions for sensitive data (ENV "git_key")', 'git_key'],
    ]);
  });

  it('FROM scratch / ARG GITHUB_TOKEN=x — severity warning, name highlighted', () => {
    expect(lint('FROM scratch\nARG GITHUB_TOKEN=x\n')).toEqual([
      {
        rule: 'SecretsUsedInArgOrEnv',
        severity: 'warning',
        message: 'Do not use ARG or ENV instructions for sensitive data (ARG "GITHUB_TOKEN")',
        text: 'GITHUB_TOKEN',
      },
    ]);
  });

  it('ARG API_KEY / FROM scratch — global ARGs are not checked, as in BuildKit', () => {
    expect(lint('ARG API_KEY\nFROM scratch\n')).toEqual([]);
  });

  it('FROM scratch / ENV KEYBOARD=us TOKENIZER=x MONKEY=1 — the word must stand alone', () => {
    expect(lint('FROM scratch\nENV KEYBOARD=us TOKENIZER=x MONKEY=1\n')).toEqual([]);
  });
});
