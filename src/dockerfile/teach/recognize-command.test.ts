import { describe, expect, it } from 'vitest';
import { recognizeCommand } from './recognize-command.ts';
import { analyzeDockerfile } from '../analyze.ts';
import { runCommands, simpleCommands } from './shell-commands.ts';

/** The first recognised command of a script. */
function first(script: string) {
  for (const words of simpleCommands(script)) {
    const found = recognizeCommand(words);
    if (found !== null) return found;
  }
  return null;
}

describe('recognizeCommand', () => {
  it.each([
    ['apk add --no-cache --virtual .build-deps gcc musl-dev', 'install', 'gcc and musl-dev with apk'],
    ['apt-get update && apt-get install -y --no-install-recommends ca-certificates curl', 'install', 'ca-certificates and curl with apt-get'],
    ['DEBIAN_FRONTEND=noninteractive apt install -y -o Dpkg::Options::=--force-confnew git', 'install', 'git with apt-get'],
    ['yum install -y tar gzip && yum clean all', 'install', 'tar and gzip with yum'],
    ['microdnf install -y shadow-utils', 'install', 'shadow-utils with dnf'],
    ['/venv/bin/pip install --disable-pip-version-check -r /requirements.txt', 'install', 'Python packages from /requirements.txt with pip'],
    ['python3 -m pip install --no-cache-dir flask==3.0 gunicorn', 'install', 'flask==3.0 and gunicorn with pip'],
    ['npm ci --no-audit --no-fund', 'install', 'the Node dependencies from package.json with npm'],
    ['yarn install --frozen-lockfile', 'install', 'the Node dependencies from package.json with yarn'],
    ['pnpm install --frozen-lockfile', 'install', 'the Node dependencies from package.json with pnpm'],
    ['npm install -g typescript', 'install', 'typescript with npm'],
    ['go install github.com/go-delve/delve/cmd/dlv@latest', 'install', 'github.com/go-delve/delve/cmd/dlv@latest with go'],
    ['cargo install cargo-chef --locked --version 0.1.67', 'install', 'cargo-chef with cargo'],
    ['go mod download -x', 'fetch', 'Go modules (go mod download)'],
    ['GOOS=$TARGETOS go build -trimpath -ldflags "-s -w" -o /out/server ./cmd/server', 'build', 'go build -o /out/server'],
    ['cargo build --release --bin ledger && strip target/release/ledger', 'build', 'cargo build --release'],
    ['cargo chef cook --release --recipe-path recipe.json', 'build', 'the Rust dependencies (cargo chef cook --release)'],
    ['npm run build', 'build', 'npm run build'],
    ['pnpm --filter web build', 'build', 'pnpm --filter web build'],
    ['yarn build', 'build', 'yarn build'],
    ['./mvnw -B package -DskipTests', 'build', 'mvn package'],
    ['mvn -B dependency:go-offline', 'fetch', 'Maven dependencies (mvn dependency:go-offline)'],
    ['./gradlew --no-daemon bootJar', 'build', 'gradle bootJar'],
    ['make -j4 CC=clang all install', 'build', 'make all install'],
    ['go test -race ./...', 'test', 'go test'],
    ['xx-apt-get install -y gcc libc6-dev', 'install', 'gcc and libc6-dev with apt-get'],
    ['xx-go build -o /usr/bin/registry ./cmd/registry', 'build', 'go build -o /usr/bin/registry'],
    ['npm test -- --reporter=dot', 'test', 'npm test'],
  ])('%s', (script, action, phrase) => {
    const found = first(script);
    expect(found?.action).toBe(action);
    expect(found?.phrase).toBe(phrase);
  });

  it.each([['corepack enable'], ['ln -s /usr/local/bin/python /usr/bin/python'], ['apt-get update'], ['npm --version'], ['echo "apt-get install x"']])(
    '%s is none of the known tools',
    (script) => expect(first(script)).toBeNull(),
  );
});

describe('simpleCommands', () => {
  it("set -eux; apt-get update && apt-get install -y 'a b' # comment", () => {
    expect(simpleCommands("set -eux; apt-get update && apt-get install -y 'a b' # comment")).toEqual([
      ['set', '-eux'],
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', 'a b'],
    ]);
  });
  it('a heredoc body with a continued line', () => {
    expect(simpleCommands('apk add \\\n  curl\nmake\n')).toEqual([['apk', 'add', 'curl'], ['make']]);
  });
});

describe('runCommands', () => {
  it.each([
    ['RUN ["sh", "-c", "apk add curl && make"]', [['apk', 'add', 'curl'], ['make']]],
    ["RUN bash -c 'npm ci; npm run build'", [['npm', 'ci'], ['npm', 'run', 'build']]],
    ['RUN if [ -f go.mod ]; then go mod download; fi', [['[', '-f', 'go.mod', ']'], ['go', 'mod', 'download']]],
    ['RUN for f in a b; do make $f; done', [['make', '$f']]],
    ['RUN <<EOF\napk add git\nEOF', [['apk', 'add', 'git']]],
  ])('%s', (line, expected) => {
    const instruction = analyzeDockerfile(`FROM alpine\n${line}\n`).model.stages[0]!.instructions[0]!;
    expect(runCommands(instruction)).toEqual(expected);
  });
});
