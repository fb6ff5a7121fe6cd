import text from '../../Dockerfile?raw';
import type { Example } from './example.ts';

/**
 * Stagewright's own Dockerfile. It is the repository's root `Dockerfile` itself (imported,
 * not copied), so the example can never drift from the file that builds the app.
 */
export const stagewright: Example = {
  id: 'stagewright',
  title: 'Stagewright’s own Dockerfile',
  teaches: 'Build a static web app with Node, then serve it from nginx with a strict CSP.',
  text,
};
