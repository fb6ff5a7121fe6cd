import type { Example } from './example.ts';
import text from './node-nginx.Dockerfile?raw';

/** Node build served by nginx. */
export const nodeNginx: Example = {
  id: 'node-nginx',
  title: 'Node build served by nginx',
  teaches: 'Node is only a build tool: node_modules stays behind, nginx serves the built files.',
  text,
};
