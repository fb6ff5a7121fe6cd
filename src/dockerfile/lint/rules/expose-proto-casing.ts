import type { LintRule } from '../rule.ts';
import { exposedPorts } from './support/expose-ports.ts';

/** ExposeProtoCasing: `EXPOSE 80/TCP`. Protocols are lowercase in the image config. */
export const exposeProtoCasing: LintRule = {
  name: 'ExposeProtoCasing',
  source: 'buildkit',
  severity: 'warning',
  description: 'Protocol in EXPOSE instruction should be lowercase',
  check(context) {
    return exposedPorts(context)
      .filter((port) => port.protocol !== port.protocol.toLowerCase())
      .map((port) => ({
        ...(port.protocolRange ?? port.range),
        message: `Defined protocol '${port.raw}' in EXPOSE instruction should be lowercase`,
      }));
  },
};
