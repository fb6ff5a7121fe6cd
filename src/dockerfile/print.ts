import type { DockerfileAst } from './ast.ts';

/**
 * Prints the tree back to text by concatenating its leaf tokens. Because the tokens tile
 * the source, this gives back the input byte for byte; a gap or overlap would show here.
 */
export function printDockerfile(ast: DockerfileAst): string {
  const { ends } = ast.tokens;
  const parts: string[] = [];
  let at = 0;
  for (const end of ends) {
    parts.push(ast.source.slice(at, end));
    at = end;
  }
  return parts.join('');
}
