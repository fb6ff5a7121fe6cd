import type { DockerfileModel } from './model.ts';

/** What building one target involves. */
export interface BuildPlan {
  /** The stage built: the last one unless `--target` names another. */
  readonly target: number;
  /** Stages the target needs, itself included, in index order. */
  readonly reachable: readonly number[];
  /**
   * Stages grouped by when BuildKit can start them: each wave needs only stages from
   * earlier waves, and the stages within a wave build in parallel.
   */
  readonly waves: readonly (readonly number[])[];
}

/** The stage dependency structure of a model. */
export interface StageGraph {
  /** For each stage, the stages it depends on (sorted, no duplicates). */
  readonly dependencies: readonly (readonly number[])[];
  /** For each stage, the stages that depend on it. */
  readonly dependents: readonly (readonly number[])[];
  /** Stages that take part in a dependency cycle, each cycle listed once, in path order. */
  readonly cycles: readonly (readonly number[])[];
}

/** Derives dependencies, dependents and cycles from the model's stage edges. */
export function buildStageGraph(model: DockerfileModel): StageGraph {
  const count = model.stages.length;
  const deps: Set<number>[] = Array.from({ length: count }, () => new Set());
  for (const edge of model.edges) {
    if (edge.from !== null && edge.from !== edge.to) deps[edge.to]!.add(edge.from);
  }
  const dependencies = deps.map((set) => [...set].sort((a, b) => a - b));
  const dependents: number[][] = Array.from({ length: count }, () => []);
  dependencies.forEach((list, stage) => list.forEach((dep) => dependents[dep]!.push(stage)));
  // A stage's own COPY --from or mount of itself is reported by the model at that instruction;
  // only one inherited through ONBUILD (which the model does not report) is a cycle here.
  const selfCycles = model.edges.filter((e) => e.from !== null && e.from === e.to && e.viaOnbuild).map((e) => [e.to]);
  return { dependencies, dependents, cycles: [...dedupe(selfCycles), ...findCycles(dependencies)] };
}

function dedupe(cycles: number[][]): number[][] {
  const seen = new Set<string>();
  return cycles.filter((c) => {
    const key = c.join(',');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Finds cycles with an iterative depth-first search (no recursion: 2,000 stages deep is fine). */
function findCycles(dependencies: readonly (readonly number[])[]): number[][] {
  const state = new Uint8Array(dependencies.length); // 0 new, 1 on stack, 2 done
  const cycles: number[][] = [];
  for (let root = 0; root < dependencies.length; root++) {
    if (state[root] !== 0) continue;
    const stack: { node: number; next: number }[] = [{ node: root, next: 0 }];
    const path: number[] = [root];
    state[root] = 1;
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const list = dependencies[top.node]!;
      if (top.next < list.length) {
        const dep = list[top.next++]!;
        if (state[dep] === 1) cycles.push(path.slice(path.indexOf(dep)));
        else if (state[dep] === 0) {
          state[dep] = 1;
          stack.push({ node: dep, next: 0 });
          path.push(dep);
        }
      } else {
        state[top.node] = 2;
        stack.pop();
        path.pop();
      }
    }
  }
  return cycles;
}

/**
 * Resolves `--target`: a stage name (any case) or an index; `undefined` means the last
 * stage. Returns `null` when nothing matches.
 */
export function resolveTarget(model: DockerfileModel, target: string | number | undefined): number | null {
  const count = model.stages.length;
  if (count === 0) return null;
  if (target === undefined || target === '') return count - 1;
  if (typeof target === 'number') return Number.isInteger(target) && target >= 0 && target < count ? target : null;
  const lower = target.toLowerCase();
  const named = model.stages.findLast((s) => s.name === lower);
  if (named !== undefined) return named.index;
  if (/^\d+$/.test(target)) return resolveTarget(model, Number(target));
  return null;
}

/** The stages `target` reaches and the waves they build in. */
export function planBuild(graph: StageGraph, target: number): BuildPlan {
  const reached = new Set<number>([target]);
  const queue = [target];
  while (queue.length > 0) {
    const stage = queue.pop()!;
    for (const dep of graph.dependencies[stage]!) {
      if (!reached.has(dep)) {
        reached.add(dep);
        queue.push(dep);
      }
    }
  }
  const reachable = [...reached].sort((a, b) => a - b);
  // Depth = 1 + the deepest dependency. Computed iteratively; a cycle is cut where it closes.
  const depth = new Map<number, number>();
  const visiting = new Set<number>();
  for (const start of reachable) {
    const stack = [start];
    while (stack.length > 0) {
      const stage = stack[stack.length - 1]!;
      if (depth.has(stage)) {
        stack.pop();
        continue;
      }
      visiting.add(stage);
      const pending = graph.dependencies[stage]!.filter((d) => !depth.has(d) && !visiting.has(d));
      if (pending.length > 0) {
        stack.push(...pending);
        continue;
      }
      let level = 0;
      for (const dep of graph.dependencies[stage]!) {
        const d = depth.get(dep);
        if (d !== undefined) level = Math.max(level, d + 1);
      }
      depth.set(stage, level);
      visiting.delete(stage);
      stack.pop();
    }
  }
  const waves: number[][] = [];
  for (const stage of reachable) {
    const level = depth.get(stage) ?? 0;
    (waves[level] ??= []).push(stage);
  }
  return { target, reachable, waves: waves.filter((w) => w !== undefined) };
}
