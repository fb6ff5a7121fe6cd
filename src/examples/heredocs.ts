import type { Example } from './example.ts';
import text from './heredocs.Dockerfile?raw';

/** Heredocs. */
export const heredocs: Example = {
  id: 'heredocs',
  title: 'Heredocs',
  teaches: 'RUN <<EOF runs a readable multi-line script; COPY <<EOF writes a file inline.',
  text,
};
