import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { explainStage } from './explain-stage.ts';
import { realFixture } from './teach-fixtures.test-support.ts';

/** The explanation's parts as `topic: text`. */
function parts(text: ReturnType<typeof explainStage>) {
  return Object.fromEntries((text?.parts ?? []).map((p) => [p.topic, p.text]));
}

describe('explainStage', () => {
  it('go-service.Dockerfile, stage build', () => {
    const analysis = realFixture('go-service');
    expect(parts(explainStage(analysis, 1))).toEqual({
      base: 'Starts from stage base: everything base installed, copied and set is already there.',
      builds: 'Builds with go build -o /out/server.',
      copies: 'Mounts the build context while RUN runs (none of it stays in the image).',
      sets: 'Sets ARG TARGETOS, ARG TARGETARCH and ARG VERSION=dev.',
    });
  });

  it('go-service.Dockerfile, stage base (platform, go mod download, bind mounts)', () => {
    const explanation = explainStage(realFixture('go-service'), 0)!;
    expect(explanation.title).toBe('base');
    expect(parts(explanation)).toEqual({
      base: 'Starts from the image golang:1.22-alpine3.20 for platform $BUILDPLATFORM.',
      installs: 'Downloads Go modules (go mod download).',
      copies: 'Mounts go.sum and go.mod from the build context while RUN runs (none of it stays in the image).',
      sets: 'Sets WORKDIR /src and ENV CGO_ENABLED=0.',
    });
  });

  it('go-service.Dockerfile, stage release (copy from a stage, user, port, entrypoint and cmd)', () => {
    expect(explainStage(realFixture('go-service'), 4)!.text).toBe(
      'Starts from the image gcr.io/distroless/static-debian12:nonroot. ' +
        'Copies /out/server from stage build to /usr/local/bin/server. ' +
        'Sets USER nonroot:nonroot. Exposes port 8080. ' +
        'When started, it runs /usr/local/bin/server (ENTRYPOINT) with the arguments --listen :8080 (CMD).',
    );
  });

  it('node-nginx.Dockerfile, stage web (labels, healthcheck, stop signal, exec-form CMD)', () => {
    const web = parts(explainStage(realFixture('node-nginx'), 3));
    expect(web['copies']).toBe(
      'Copies nginx/default.conf from the build context to /etc/nginx/conf.d/default.conf; copies /app/dist from stage build to /usr/share/nginx/html.',
    );
    expect(web['sets']).toBe('Sets LABEL org.opencontainers.image.title, LABEL org.opencontainers.image.source and STOPSIGNAL SIGQUIT.');
    expect(web['runs']).toBe(
      'When started, it runs nginx -g "daemon off;" (CMD); its health is checked with --interval=30s --timeout=3s --start-period=5s CMD wget -q --spider http://127.0.0.1/healthz || exit 1.',
    );
  });

  it('node-nginx.Dockerfile, stages deps, build and test (npm ci, npm run build, lint and test)', () => {
    const analysis = realFixture('node-nginx');
    expect(parts(explainStage(analysis, 0))['installs']).toBe('Installs the Node dependencies from package.json with npm.');
    expect(parts(explainStage(analysis, 1))['builds']).toBe('Builds with npm run build.');
    expect(parts(explainStage(analysis, 1))['copies']).toBe('Copies everything from the build context to the working directory.');
    expect(parts(explainStage(analysis, 2))['builds']).toBe('Checks with npm run lint and npm test.');
  });

  it('rust-cargo-chef.Dockerfile, stages chef and runtime (cargo install, apt-get install with cleanup)', () => {
    const analysis = realFixture('rust-cargo-chef');
    expect(parts(explainStage(analysis, 0))['installs']).toBe('Installs cargo-chef with cargo.');
    const runtime = parts(explainStage(analysis, 3));
    expect(runtime['installs']).toBe('Installs ca-certificates with apt-get.');
    // `apt-get update` and `rm -rf` are housekeeping, not worth a sentence.
    expect(runtime['commands']).toBeUndefined();
  });

  it('FROM scratch with an ADD of a URL, a heredoc COPY and an unknown command', () => {
    const analysis = analyzeDockerfile(
      'FROM scratch\nADD https://example.com/tool.tgz /opt/\nCOPY <<EOF /etc/motd\nhello\nEOF\nRUN ["/opt/tool", "--init"]\n',
    );
    expect(parts(explainStage(analysis, 0))).toEqual({
      base: 'Starts from scratch, an empty image.',
      copies: 'Adds https://example.com/tool.tgz from the network to /opt/; copies an inline file from the Dockerfile itself to /etc/motd.',
      commands: 'Also runs `/opt/tool --init`.',
    });
  });

  it('a stage index that does not exist', () => {
    expect(explainStage(analyzeDockerfile('FROM alpine\n'), 3)).toBeNull();
  });
});
