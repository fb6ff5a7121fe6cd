import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { exampleDockerfile } from '../app/exampleDockerfile.ts';
import { describeGraph } from './describe-graph.ts';
import { graphShape } from './graph-shape.ts';
import { fillMissingPositions, layoutGraph } from './layout.ts';

const shapeOf = (text: string) => graphShape(describeGraph(analyzeDockerfile(text)));

describe('graphShape', () => {
  it('the example: same key after a text-only edit', () => {
    const before = shapeOf(exampleDockerfile).key;
    const after = shapeOf(`# hello\n${exampleDockerfile.replace('go test ./...', 'go test -race ./...')}`).key;
    expect(after).toBe(before);
  });

  it('the example: another key after a new COPY --from edge', () => {
    const before = shapeOf(exampleDockerfile).key;
    const after = shapeOf(exampleDockerfile.replace('USER nonroot', 'COPY --from=deps /a /a\nUSER nonroot')).key;
    expect(after).not.toBe(before);
  });

  it('the example: another key after a stage is added', () => {
    expect(shapeOf(`${exampleDockerfile}FROM runtime AS extra\n`).key).not.toBe(shapeOf(exampleDockerfile).key);
  });
});

describe('layoutGraph', () => {
  const shape = shapeOf(exampleDockerfile);
  const positions = layoutGraph(shape);
  const x = (id: string) => positions.get(id)!.x;

  it('the example: every node placed', () => {
    expect([...positions.keys()].sort()).toEqual(shape.nodes.map((n) => n.id).sort());
  });

  it('the example: left to right, each dependency left of its dependent', () => {
    for (const edge of shape.edges) expect(x(edge.source)).toBeLessThan(x(edge.target));
  });

  it('a COPY label: more room between the ranks than a FROM edge gets', () => {
    const gap = (text: string) => {
      const laid = layoutGraph(shapeOf(text));
      return laid.get('stage-1')!.x - laid.get('stage-0')!.x;
    };
    expect(gap('FROM alpine AS a\nFROM alpine\nCOPY --from=a /a/rather/long/path /x\n')).toBeGreaterThan(gap('FROM alpine AS a\nFROM a\n'));
  });

  it('the example: no two nodes overlap', () => {
    const boxes = shape.nodes.map((n) => ({ ...positions.get(n.id)!, w: n.width, h: n.height }));
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('FROM a / COPY --from=1 in stage 0 (a forward reference, an error): still laid out', () => {
    const forward = shapeOf('FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\nCOPY --from=b /y /y\n');
    expect(layoutGraph(forward).size).toBe(2);
  });

  it('200 stages (10 bases, 180 services, 10 outputs copying from 18 each): all placed, quickly', () => {
    let text = '';
    for (let i = 0; i < 10; i++) text += `FROM alpine AS base${i}\nRUN x\n`;
    for (let i = 0; i < 180; i++) text += `FROM base${i % 10} AS svc${i}\nCOPY --from=base${(i + 3) % 10} /x /x\n`;
    for (let i = 0; i < 10; i++) {
      text += `FROM scratch AS out${i}\n`;
      for (let j = 0; j < 18; j++) text += `COPY --from=svc${i * 18 + j} /o /o${j}\n`;
    }
    const big = shapeOf(text);
    const start = performance.now();
    const positions = layoutGraph(big);
    // A guard against a pathological option, not a benchmark: typically ~100 ms here.
    expect(performance.now() - start).toBeLessThan(2000);
    expect(positions.size).toBe(200);
    for (const edge of big.edges) expect(positions.get(edge.source)!.x).toBeLessThan(positions.get(edge.target)!.x);
  });
});

describe('fillMissingPositions', () => {
  const shape = shapeOf('FROM alpine AS a\nFROM a AS b\nFROM b AS c\n');

  it('a layout that covers the shape: returned as it is', () => {
    const layout = layoutGraph(shape);
    expect(fillMissingPositions(layout, shape)).toBe(layout);
  });

  it('a layout without stage c: c goes right of everything laid out', () => {
    const layout = new Map([...layoutGraph(shape)].filter(([id]) => id !== 'stage-2'));
    const filled = fillMissingPositions(layout, shape);
    const right = Math.max(...[...layout.values()].map((p) => p.x)) + 240;
    expect(filled.get('stage-2')!.x).toBeGreaterThan(right);
    expect(filled.get('stage-0')).toBe(layout.get('stage-0'));
  });

  it('an empty layout: everything stacked in one column', () => {
    const filled = fillMissingPositions(new Map(), shape);
    const xs = new Set([...filled.values()].map((p) => p.x));
    expect(xs.size).toBe(1);
    expect(filled.size).toBe(3);
  });
});
