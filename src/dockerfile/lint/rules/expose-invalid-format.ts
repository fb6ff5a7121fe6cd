import type { LintRule } from '../rule.ts';
import { exposedPorts } from './support/expose-ports.ts';

/**
 * ExposeInvalidFormat: `EXPOSE 127.0.0.1:80:80` or `EXPOSE 8080:80`. EXPOSE documents the
 * container's ports; addresses and host ports belong to `docker run -p`.
 */
export const exposeInvalidFormat: LintRule = {
  name: 'ExposeInvalidFormat',
  source: 'buildkit',
  severity: 'warning',
  description: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release',
  check(context) {
    return exposedPorts(context)
      .filter((port) => port.ip !== '' || port.hostPort !== '')
      .map((port) => ({
        ...port.range,
        message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${port.raw}'`,
      }));
  },
};
