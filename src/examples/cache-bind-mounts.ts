import type { Example } from './example.ts';
import text from './cache-bind-mounts.Dockerfile?raw';

/** Cache and bind mounts. */
export const cacheBindMounts: Example = {
  id: 'cache-bind-mounts',
  title: 'Cache and bind mounts',
  teaches: 'Cache mounts keep caches between builds and bind mounts lend files, both outside the layers.',
  text,
};
