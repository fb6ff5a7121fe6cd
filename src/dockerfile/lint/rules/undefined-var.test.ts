import { describe, expect, it } from 'vitest';
import { lintWith } from './support/test-lint.ts';
import { undefinedVar } from './undefined-var.ts';

const lint = (text: string) => lintWith(undefinedVar, text);
const texts = (text: string) => lint(text).map((f) => f.text);

describe('UndefinedVar', () => {
  it('FROM alpine / COPY $foo . / ARG foo=bar — used before its ARG', () => {
    expect(lint('FROM alpine\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n')).toEqual([
      { rule: 'UndefinedVar', severity: 'warning', message: "Usage of undefined variable '$foo'", text: '$foo' },
    ]);
  });

  it('FROM alpine / ARG DIR_ASSETS=assets/ / COPY $DIR_ASSET . — suggests the close name', () => {
    expect(lint('FROM alpine\nARG DIR_BINARIES=binaries/\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .\n')).toMatchObject([
      { message: "Usage of undefined variable '$DIR_ASSET' (did you mean $DIR_ASSETS?)", text: '$DIR_ASSET' },
    ]);
  });

  it('FROM alpine / ENV PATH=$PAHT:/tmp/bin — suggests the image PATH', () => {
    expect(lint('FROM alpine\nENV PATH=$PAHT:/tmp/bin\n')).toMatchObject([
      { message: "Usage of undefined variable '$PAHT' (did you mean $PATH?)", text: '$PAHT' },
    ]);
  });

  it('FROM scratch / ARG foo / COPY Dockerfile${foo} . — an ARG without value is declared', () => {
    expect(lint('FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n')).toEqual([]);
  });

  it('FROM alpine AS base / ARG foo=Dockerfile / FROM base / COPY $foo . — inherited from the base stage', () => {
    expect(lint('FROM alpine AS base\nARG foo=Dockerfile\n\nFROM base\nCOPY $foo .\n')).toEqual([]);
  });

  it('ARG VERSION=1 / FROM alpine / WORKDIR /v$VERSION — a global ARG is not in the stage', () => {
    expect(texts('ARG VERSION=1\nFROM alpine\nWORKDIR /v$VERSION\n')).toEqual(['$VERSION']);
  });

  it('ARG VERSION=1 / FROM alpine / ARG VERSION / WORKDIR /v$VERSION — redeclared in the stage', () => {
    expect(lint('ARG VERSION=1\nFROM alpine\nARG VERSION\nWORKDIR /v$VERSION\n')).toEqual([]);
  });

  it('FROM alpine / COPY app-$TARGETARCH /app — a platform ARG needs ARG TARGETARCH in the stage', () => {
    expect(texts('FROM alpine\nCOPY app-$TARGETARCH /app\n')).toEqual(['$TARGETARCH']);
    expect(lint('FROM alpine\nARG TARGETARCH\nCOPY app-$TARGETARCH /app\n')).toEqual([]);
  });

  it('FROM alpine / RUN echo $nope / CMD $nope / EXPOSE $nope — not checked, as in BuildKit', () => {
    expect(lint('FROM alpine\nRUN echo $nope\nCMD echo $nope\nEXPOSE $nope\n')).toEqual([]);
  });

  it('FROM alpine / ENV A=1 B=$A — pairs of one ENV do not see each other', () => {
    expect(texts('FROM alpine\nENV A=1 B=$A\n')).toEqual(['$A']);
  });

  it('FROM alpine / ARG A=1 B=$A — words of one ARG do', () => {
    expect(lint('FROM alpine\nARG A=1 B=$A\n')).toEqual([]);
  });

  it('FROM alpine / ARG B=${MISSING:-x} — an ARG default is checked, even with a fallback', () => {
    expect(texts('FROM alpine\nARG B=${MISSING:-x}\n')).toEqual(['${MISSING:-x}']);
  });

  it("FROM alpine / LABEL a='$x' b=\\$y — quoted and escaped dollars are text", () => {
    expect(lint("FROM alpine\nLABEL a='$x' b=\\$y\n")).toEqual([]);
  });

  it('FROM alpine / RUN --mount=type=cache,target=$CACHE true — mount values are checked', () => {
    expect(texts('FROM alpine\nRUN --mount=type=cache,target=$CACHE true\n')).toEqual(['$CACHE']);
  });

  it('FROM alpine / COPY --chown=$U:$G a b / USER $U — flags and USER', () => {
    expect(texts('FROM alpine\nCOPY --chown=$U:$G a b\nUSER $U\n')).toEqual(['$U', '$G', '$U']);
  });

  it('FROM alpine / COPY <<EOF /x (body uses $NAME) — unquoted heredoc bodies are checked', () => {
    expect(texts('FROM alpine\nCOPY <<EOF /x\nhello $NAME\nEOF\n')).toEqual(['$NAME']);
    expect(lint("FROM alpine\nCOPY <<'EOF' /x\nhello $NAME\nEOF\n")).toEqual([]);
  });

  it('FROM alpine / COPY \\ / $SRC \\ / /dst — a variable on a continuation line', () => {
    expect(texts('FROM alpine\nCOPY \\\n  $SRC \\\n  /dst\n')).toEqual(['$SRC']);
  });

  it('FROM alpine / COPY ["$SRC", "/dst"] — JSON form', () => {
    expect(texts('FROM alpine\nCOPY ["$SRC", "/dst"]\n')).toEqual(['$SRC']);
  });

  it('FROM golang / ENV PATH=$GOPATH/bin:$PATH — well-known image variables are defined', () => {
    expect(lint('FROM golang:1.22\nENV PATH=$GOPATH/bin:$PATH\n')).toEqual([]);
  });

  it("FROM python AS base / ARG VERSION=$PYTHON_VERSION — the docs' good example: the image defines it", () => {
    expect(lint('FROM python AS base\nARG VERSION=$PYTHON_VERSION\n')).toEqual([]);
    expect(texts('FROM alpine AS base\nARG VERSION=$foo\n')).toEqual(['$foo']);
  });
});
