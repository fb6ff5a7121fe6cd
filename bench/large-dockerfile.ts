/**
 * A 200-stage, 5,000-line Dockerfile for the UI benchmark: each stage has a FROM, a few
 * COPY --from edges to earlier stages, and a long continued RUN. The last stage has no
 * name and ends the file, so "end of document" is inside its base image tag.
 */
export function largeDockerfile(stages = 200, linesPerStage = 25): string {
  const out: string[] = ['# syntax=docker/dockerfile:1', 'ARG BASE=alpine:3.20', ''];
  for (let i = 0; i < stages - 1; i++) {
    out.push(`# stage ${i}`);
    out.push(i % 3 === 0 || i === 0 ? `FROM \${BASE} AS s${i}` : `FROM s${i - 1 - (i % 3)} AS s${i}`);
    out.push(`WORKDIR /work/s${i}`);
    if (i > 1) out.push(`COPY --from=s${i - 2} /out /in/s${i - 2}`);
    if (i > 5 && i % 5 === 0) out.push(`RUN --mount=type=cache,target=/cache,from=s${i - 5} ls /cache`);
    out.push('RUN set -eux; \\');
    const used = out.length;
    const body = linesPerStage - (used % linesPerStage) - 2;
    for (let j = 0; j < Math.max(2, body); j++) out.push(`    echo "step ${j} of stage ${i}" >> /log.txt; \\`);
    out.push('    true');
    out.push('');
  }
  out.push('# the final image');
  out.push('COPY --from=s1 /out /out');
  out.push('FROM alpine:3.20');
  return out.join('\n');
}
