import type { Example } from './example.ts';
import text from './python-wheels.Dockerfile?raw';

/** Python wheels from a builder stage. */
export const pythonWheels: Example = {
  id: 'python-wheels',
  title: 'Python wheels from a builder stage',
  teaches: 'Build wheels where the compiler is; install them into a slim image that never had gcc.',
  text,
};
