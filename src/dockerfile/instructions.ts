/** The 18 instructions BuildKit knows, upper-cased. */
export const INSTRUCTION_NAMES = [
  'ADD',
  'ARG',
  'CMD',
  'COPY',
  'ENTRYPOINT',
  'ENV',
  'EXPOSE',
  'FROM',
  'HEALTHCHECK',
  'LABEL',
  'MAINTAINER',
  'ONBUILD',
  'RUN',
  'SHELL',
  'STOPSIGNAL',
  'USER',
  'VOLUME',
  'WORKDIR',
] as const;

/** One of the 18 instruction names. */
export type InstructionName = (typeof INSTRUCTION_NAMES)[number];

const KNOWN: ReadonlySet<string> = new Set(INSTRUCTION_NAMES);

/** True when `name` (upper-cased) is an instruction BuildKit knows. */
export function isInstructionName(name: string): name is InstructionName {
  return KNOWN.has(name);
}
