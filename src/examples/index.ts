import { cacheBindMounts } from './cache-bind-mounts.ts';
import { crossCompile } from './cross-compile.ts';
import type { Example } from './example.ts';
import { goDistroless } from './go-distroless.ts';
import { heredocs } from './heredocs.ts';
import { javaJlink } from './java-jlink.ts';
import { nodeNginx } from './node-nginx.ts';
import { pythonWheels } from './python-wheels.ts';
import { rustCargoChef } from './rust-cargo-chef.ts';
import { stagewright } from './stagewright.ts';
import { testLintStages } from './test-lint-stages.ts';

export type { Example } from './example.ts';

/** The examples gallery, in menu order: languages first, then techniques, then our own. */
export const EXAMPLES: readonly Example[] = [
  goDistroless,
  nodeNginx,
  pythonWheels,
  rustCargoChef,
  javaJlink,
  testLintStages,
  crossCompile,
  cacheBindMounts,
  heredocs,
  stagewright,
];
