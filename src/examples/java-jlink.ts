import type { Example } from './example.ts';
import text from './java-jlink.Dockerfile?raw';

/** Java with a jlink runtime. */
export const javaJlink: Example = {
  id: 'java-jlink',
  title: 'Java with a jlink runtime',
  teaches: 'jdeps and jlink make a Java runtime of only the modules the app uses.',
  text,
};
