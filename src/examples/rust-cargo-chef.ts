import type { Example } from './example.ts';
import text from './rust-cargo-chef.Dockerfile?raw';

/** Rust with cargo-chef. */
export const rustCargoChef: Example = {
  id: 'rust-cargo-chef',
  title: 'Rust with cargo-chef',
  teaches: 'A dependency recipe keeps compiled dependencies cached while only your code changes.',
  text,
};
