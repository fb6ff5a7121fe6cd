import type { Example } from './example.ts';
import text from './go-distroless.Dockerfile?raw';

/** Go static binary → distroless. */
export const goDistroless: Example = {
  id: 'go-distroless',
  title: 'Go static binary → distroless',
  teaches: 'Compile where the tools are, ship only a static binary in a distroless image.',
  text,
};
