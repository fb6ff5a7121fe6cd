/** How long a COPY edge label's path may be. */
export const MAX_PATH_LENGTH = 24;

/**
 * The label of a COPY edge: the first source path, and `+N` for the others. A long path keeps
 * its end, because the file or directory name says more than the leading directories.
 */
export function shortenPaths(paths: readonly string[], max: number = MAX_PATH_LENGTH): string {
  const first = paths[0];
  if (first === undefined) return '';
  const shown = first.length <= max ? first : `…${first.slice(first.length - (max - 1))}`;
  return paths.length > 1 ? `${shown} +${paths.length - 1}` : shown;
}
