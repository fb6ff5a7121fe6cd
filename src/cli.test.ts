import { describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

const DOCKERFILE = 'ARG V=3.20\nFROM alpine:${V} AS build\nRUN make\nFROM scratch\nCOPY --from=build /out /out\n';
const stdin = (text: string) => () => text;

describe('cli', () => {
  it('graph - (JSON contract)', () => {
    const result = runCli(['graph', '-'], stdin(DOCKERFILE));
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({
      globals: [{ keyword: 'ARG', line: 1 }],
      stages: [
        { index: 0, name: 'build', base: { kind: 'image', ref: 'alpine:3.20', raw: 'alpine:${V}' }, platform: null, line: 2 },
        { index: 1, name: null, base: { kind: 'scratch' }, line: 4, instructions: [{ keyword: 'COPY', line: 5 }] },
      ],
      edges: [{ from: 0, to: 1, kind: 'copy', line: 5 }],
      target: 1,
      reachable: [0, 1],
      waves: [[0], [1]],
    });
  });

  it('graph --target build --format dot -', () => {
    const result = runCli(['graph', '--target', 'build', '--format', 'dot', '-'], stdin(DOCKERFILE));
    expect(result.stdout).toContain('digraph stages');
    expect(result.stdout).toContain('stage0 -> stage1 [style=dashed');
  });

  it('graph --format=mermaid -', () => {
    expect(runCli(['graph', '--format=mermaid', '-'], stdin(DOCKERFILE)).stdout).toContain('stage0 -.->|"/out"| stage1');
  });

  it('graph --target nope - exits 2', () => {
    expect(runCli(['graph', '--target', 'nope', '-'], stdin(DOCKERFILE)).code).toBe(2);
  });

  it('lint --format json - with FROM a b exits 1 with an error finding', () => {
    const result = runCli(['lint', '--format', 'json', '-'], stdin('FROM a b\n'));
    expect(result.code).toBe(1);
    const findings = JSON.parse(result.stdout) as { rule: string; severity: string; line: number; column: number }[];
    expect(findings.find((f) => f.severity === 'error')).toMatchObject({ line: 1, column: 6 });
  });

  it('dump - prints BuildKit\'s AST dump', () => {
    expect(runCli(['dump', '-'], stdin('FROM a\nRUN b\n')).stdout).toBe('(from "a")\n(run "b")\n');
  });

  it('no command, an unknown command, a missing file', () => {
    expect(runCli([]).code).toBe(2);
    expect(runCli(['frobnicate', 'x']).code).toBe(2);
    expect(runCli(['lint', '/nonexistent/Dockerfile']).stderr).toContain('cannot read');
  });
});
