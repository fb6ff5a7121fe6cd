import type { Example } from './example.ts';
import text from './cross-compile.Dockerfile?raw';

/** Cross-compilation with --platform. */
export const crossCompile: Example = {
  id: 'cross-compile',
  title: 'Cross-compilation with --platform',
  teaches: 'Build natively on BUILDPLATFORM and cross-compile for TARGETPLATFORM instead of emulating.',
  text,
};
