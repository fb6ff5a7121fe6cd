/**
 * A deterministic generator of large multi-stage Dockerfiles for the parser benchmark.
 *
 * The same `stages` count always gives the same text (a fixed-seed PRNG), so timings are
 * comparable across runs and machines. Stages mix the shapes real files have: global ARGs
 * in FROM, FROM an earlier stage, RUN with continuations and `--mount`, COPY --from,
 * ENV, LABEL, comments, and now and then a heredoc.
 */

/** A small, fast, seeded PRNG (mulberry32); `Math.random` cannot be seeded. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PACKAGES = [
  'curl', 'git', 'ca-certificates', 'make', 'gcc', 'musl-dev', 'openssl', 'jq', 'bash', 'tzdata',
];
const TOOLS = ['go build ./...', 'npm run build', 'cargo build --release', 'make all', 'python -m build'];

/**
 * A Dockerfile with `stages` stages (about 10–15 lines each) after a few global ARGs.
 * @param stages number of FROM stages, at least 1
 * @param seed changes the variety, not the shape
 */
export function generateSynthetic(stages: number, seed = 42): string {
  const rand = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;
  const out: string[] = [
    '# syntax=docker/dockerfile:1.7',
    '# Generated for benchmarks: many stages, realistic instruction mix.',
    'ARG GO_VERSION=1.22',
    'ARG NODE_VERSION=20',
    'ARG BASE_IMAGE=alpine:3.20',
    '',
  ];
  for (let i = 0; i < stages; i++) {
    const name = `stage-${i}`;
    const earlier = i > 0 ? `stage-${Math.floor(rand() * i)}` : null;
    if (rand() < 0.5) out.push(`# stage ${i}: ${pick(['build', 'test', 'assets', 'deps', 'runtime'])}`);
    const base = rand();
    if (earlier !== null && base < 0.35) out.push(`FROM ${earlier} AS ${name}`);
    else if (base < 0.6) out.push(`FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION}-alpine AS ${name}`);
    else if (base < 0.8) out.push(`FROM \${BASE_IMAGE} AS ${name}`);
    else out.push(`FROM node:\${NODE_VERSION}-bookworm-slim AS ${name}`);
    if (rand() < 0.3) out.push('ARG TARGETOS', 'ARG TARGETARCH');
    out.push(`WORKDIR /src/${name}`);
    out.push(`ENV APP_NAME=${name} APP_STAGE=${i} \\`, `    PATH=/opt/${name}/bin:$PATH`);
    out.push(
      `RUN --mount=type=cache,target=/root/.cache/${name} \\`,
      `    apk add --no-cache ${pick(PACKAGES)} ${pick(PACKAGES)} \\`,
      '    # a comment inside the continuation',
      `    && ${pick(TOOLS)} \\`,
      `    && echo "built ${name}" > /tmp/${name}.log`,
    );
    if (earlier !== null) out.push(`COPY --from=${earlier} --chown=1000:1000 /out/ /opt/${name}/`);
    out.push(`COPY ["src/${i}/", "./"]`);
    if (i % 7 === 3) {
      out.push('RUN <<EOF', 'set -eux', `echo "heredoc in ${name}"`, 'FROM not-an-instruction', 'EOF');
    }
    if (rand() < 0.3) out.push(`LABEL org.example.stage="${name}" org.example.index="${i}"`);
    if (rand() < 0.2) out.push(`EXPOSE ${8000 + (i % 1000)}`);
    out.push(`CMD ["/opt/${name}/bin/app", "--stage", "${i}"]`, '');
  }
  return out.join('\n');
}
