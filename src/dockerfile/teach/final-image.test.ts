import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { finalImage } from './final-image.ts';
import { DIAMOND, realFixture } from './teach-fixtures.test-support.ts';

describe('finalImage', () => {
  it('go-service.Dockerfile (target release)', () => {
    const image = finalImage(realFixture('go-service'))!;
    expect(image.base).toEqual({ kind: 'image', ref: 'gcr.io/distroless/static-debian12:nonroot' });
    expect(image.chain).toEqual([4]);
    expect(image.files.map((f) => ({ source: f.source, paths: f.paths, destination: f.destination }))).toEqual([
      { source: { kind: 'stage', stage: 1, name: 'build' }, paths: ['/out/server'], destination: '/usr/local/bin/server' },
    ]);
    expect(image.user?.value).toBe('nonroot:nonroot');
    expect(image.expose.map((e) => e.value)).toEqual(['8080']);
    expect(image.entrypoint?.value).toBe('/usr/local/bin/server');
    expect(image.cmd?.value).toBe('--listen :8080');
    // test and lint are not reached by release; base and build are built and left behind.
    expect(image.leftBehind).toEqual([
      { stage: 0, name: 'base', toolchain: 'golang:1.22-alpine3.20', installs: ['Go modules'], builds: [], sources: [], taken: [] },
      { stage: 1, name: 'build', toolchain: 'golang:1.22-alpine3.20', installs: [], builds: ['go build -o /out/server'], sources: [], taken: ['/out/server'] },
    ]);
  });

  it('monorepo-targets.Dockerfile with --target api (FROM base chain, external image, copies from three sources)', () => {
    const image = finalImage(realFixture('monorepo-targets', 'api'))!;
    expect(image.chain).toEqual([7, 0]);
    expect(image.base).toEqual({ kind: 'image', ref: 'node:20-bookworm-slim' });
    expect(image.files.map((f) => [f.source.kind === 'stage' ? f.source.name : f.source.kind === 'image' ? f.source.ref : f.source.kind, f.paths.join(' '), f.destination])).toEqual([
      ['build-api', '/repo/packages/api/dist', './dist'],
      ['docker.io/library/busybox:1.36-musl', '/bin/busybox', '/usr/local/bin/busybox'],
      ['tools', '/bin/wget', '/usr/local/bin/wget'],
    ]);
    // ENV and WORKDIR come from base, through FROM base.
    expect(image.env).toEqual([
      { key: 'PNPM_HOME', value: '/pnpm', stage: 0 },
      { key: 'PATH', value: '/pnpm:$PATH', stage: 0 },
    ]);
    expect(image.workdir).toEqual({ value: '/repo', stage: 0 });
    expect(image.user).toEqual({ value: 'node', stage: 7 });
    expect(image.cmd).toEqual({ value: 'node dist/main.js', stage: 7 });
    expect(image.leftBehind.map((l) => [l.name, l.installs, l.sources, l.taken])).toEqual([
      ['deps', ['the Node dependencies from package.json'], ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'packages/api/package.json', 'packages/web/package.json'], []],
      ['build-api', [], ['packages/api'], ['/repo/packages/api/dist']],
      ['tools', [], [], ['/bin/wget']],
    ]);
  });

  it('node-nginx.Dockerfile (healthcheck)', () => {
    const image = finalImage(realFixture('node-nginx'))!;
    expect(image.healthcheck?.value).toBe('--interval=30s --timeout=3s --start-period=5s CMD wget -q --spider http://127.0.0.1/healthz || exit 1');
    expect(image.cmd?.value).toBe('nginx -g "daemon off;"');
    expect(image.leftBehind.map((l) => l.name)).toEqual(['deps', 'build']);
  });

  it('a child stage whose ENTRYPOINT drops the CMD it inherits, and a relative WORKDIR', () => {
    const analysis = analyzeDockerfile(
      ['FROM alpine AS a', 'WORKDIR /app', 'CMD ["sh"]', 'ENV A=1', 'FROM a AS b', 'WORKDIR sub', 'ENV A=2', 'ENTRYPOINT ["/bin/tool"]', ''].join('\n'),
    );
    const image = finalImage(analysis)!;
    expect(image.workdir).toEqual({ value: '/app/sub', stage: 1 });
    expect(image.cmd).toBeNull();
    expect(image.entrypoint).toEqual({ value: '/bin/tool', stage: 1 });
    expect(image.env).toEqual([{ key: 'A', value: '2', stage: 1 }]);
    // Asking for stage a directly: its own CMD stands.
    expect(finalImage(analysis, 0)!.cmd).toEqual({ value: 'sh', stage: 0 });
  });

  it('the diamond: final on busybox takes one file each from left and right', () => {
    const image = finalImage(analyzeDockerfile(DIAMOND))!;
    expect(image.base.ref).toBe('busybox:1.36');
    expect(image.files.map((f) => f.destination)).toEqual(['/out/left.txt', '/out/right.txt']);
    expect(image.leftBehind.map((l) => [l.name, l.toolchain, l.taken])).toEqual([
      ['base', 'alpine:3.20', []],
      ['left', 'alpine:3.20', ['/left.txt']],
      ['right', 'alpine:3.20', ['/right.txt']],
    ]);
  });
});
