import type { Range } from '../../../ast.ts';
import type { LintContext } from '../../rule.ts';
import { stageInstructionsNamed } from './find.ts';
import { lexWord } from '../../../shell-lex.ts';
import { envLookup, stageScopes } from './stage-scope.ts';

/** One port spec of an EXPOSE, split as BuildKit's `portSpecs.parsePort` splits it. */
export interface ExposedPort {
  /** The spec after variable expansion (`127.0.0.1:80:80/tcp`). */
  readonly raw: string;
  readonly ip: string;
  readonly hostPort: string;
  /** The protocol as written (`TCP`), empty when none is given. */
  readonly protocol: string;
  /** The argument the spec comes from. */
  readonly range: Range;
  /** The protocol's own range, when the argument is the spec as written. */
  readonly protocolRange: Range | null;
}

const PROTOCOLS: ReadonlySet<string> = new Set(['', 'tcp', 'udp', 'sctp']);

/** `splitParts`: `[ip:]hostPort:containerPort`, with an IPv6 address allowed in front. */
function splitParts(spec: string): { ip: string; hostPort: string; containerPort: string } {
  const parts = spec.split(':');
  if (parts.length === 1) return { ip: '', hostPort: '', containerPort: parts[0]! };
  if (parts.length === 2) return { ip: '', hostPort: parts[0]!, containerPort: parts[1]! };
  const n = parts.length;
  return { ip: parts.slice(0, n - 2).join(':'), hostPort: parts[n - 2]!, containerPort: parts[n - 1]! };
}

/**
 * The port specs of every EXPOSE in the stages, after expansion in the stage's scope.
 * Specs BuildKit refuses before its lint checks (no port, unknown protocol) are left out,
 * and so are words whose variables cannot be known here.
 */
export function exposedPorts(context: LintContext): ExposedPort[] {
  const scopes = stageScopes(context);
  const ports: ExposedPort[] = [];
  for (const { instruction } of stageInstructionsNamed(context, 'EXPOSE')) {
    const scope = scopes.before(instruction);
    if (scope === undefined) continue;
    for (const arg of instruction.args) {
      const lexed = lexWord(arg.value, envLookup(scope), { escape: context.ast.escape });
      if (lexed.error || lexed.uncertain || (scope.openImageEnv && lexed.unmatched.length > 0)) continue;
      const literal = lexed.value === arg.value;
      for (const raw of lexed.value.split(/\s+/).filter((word) => word !== '')) {
        const { ip, hostPort, containerPort } = splitParts(raw);
        const slash = containerPort.indexOf('/');
        const port = slash < 0 ? containerPort : containerPort.slice(0, slash);
        const protocol = slash < 0 ? '' : containerPort.slice(slash + 1);
        if (port === '' || !PROTOCOLS.has(protocol.toLowerCase())) continue;
        const protocolFrom = arg.to - protocol.length;
        const protocolRange = literal && protocol !== '' ? { from: protocolFrom, to: arg.to } : null;
        ports.push({ raw, ip, hostPort, protocol, range: { from: arg.from, to: arg.to }, protocolRange });
      }
    }
  }
  return ports;
}
