/**
 * Whether a base image name parses, as `reference.ParseNormalizedNamed` from
 * `github.com/distribution/reference` decides (BuildKit's InvalidDefaultArgInFrom uses it).
 * The core's `parseImageRef` splits names for display and accepts anything; this only judges.
 */

const ALPHANUMERIC = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const PATH_COMPONENT = `${ALPHANUMERIC}(?:${SEPARATOR}${ALPHANUMERIC})*`;
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const IPV6 = '\\[(?:[a-fA-F0-9:]+)\\]';
const DOMAIN = `(?:${DOMAIN_NAME}|${IPV6})(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`);
const IDENTIFIER = /^[a-f0-9]{64}$/;
const NAME_TOTAL_LENGTH_MAX = 255;

/** `splitDockerDomain`: the first component is a registry only if it looks like a host. */
function remainderOf(name: string): string {
  const slash = name.indexOf('/');
  if (slash < 0) return name;
  const first = name.slice(0, slash);
  const isHost = first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase();
  return isHost ? name.slice(slash + 1) : name;
}

/** True when `ParseNormalizedNamed(name)` would succeed. */
export function isValidImageReference(name: string): boolean {
  if (name === '' || IDENTIFIER.test(name)) return false;
  const remainder = remainderOf(name);
  const colon = remainder.indexOf(':');
  const repository = colon < 0 ? remainder : remainder.slice(0, colon);
  if (repository !== repository.toLowerCase()) return false;
  const match = REFERENCE.exec(name);
  return match !== null && match[1]!.length <= NAME_TOTAL_LENGTH_MAX;
}
