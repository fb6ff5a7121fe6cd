import { describe, expect, it } from 'vitest';
import { INSTRUCTION_NAMES } from '../instructions.ts';
import { DIRECTIVE_DOCS, FLAG_DOCS, INSTRUCTION_DOCS, MOUNT_OPTION_DOCS, MOUNT_TYPE_DOCS, flagDoc, mountOptionDoc } from './reference-docs.ts';

const REFERENCE = /^https:\/\/docs\.docker\.com\/reference\/dockerfile\/#[a-z-]+$/;

describe('reference docs table', () => {
  it('all 18 instructions — a summary, a syntax line and a reference anchor each', () => {
    for (const name of INSTRUCTION_NAMES) {
      const doc = INSTRUCTION_DOCS[name];
      expect(doc.summary.length, name).toBeGreaterThan(20);
      expect(doc.syntax.toUpperCase(), name).toContain(name);
      expect(doc.url, name).toMatch(REFERENCE);
    }
  });

  it('flags BuildKit declares (FROM, COPY, ADD, RUN, HEALTHCHECK) — every one documented', () => {
    const declared: Record<string, string[]> = {
      FROM: ['platform'],
      COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
      ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
      RUN: ['mount', 'network', 'security', 'device'],
      HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
    };
    for (const [instruction, flags] of Object.entries(declared)) {
      expect(Object.keys(FLAG_DOCS[instruction]!).sort()).toEqual([...flags].sort());
      for (const flag of flags) expect(flagDoc(instruction, flag)?.url, `${instruction} --${flag}`).toMatch(REFERENCE);
    }
  });

  it('mount options type…rw — every one documented, with the types that take it', () => {
    const options = ['type', 'target', 'source', 'from', 'id', 'sharing', 'mode', 'uid', 'gid', 'readonly', 'required', 'size', 'env', 'dst', 'src', 'rw'];
    for (const option of options) {
      expect(mountOptionDoc(option)?.url, option).toMatch(REFERENCE);
      expect(mountOptionDoc(option)?.types.length, option).toBeGreaterThan(0);
    }
    expect(mountOptionDoc('constructor')).toBeUndefined();
    expect(flagDoc('COPY', 'constructor')).toBeUndefined();
    expect(Object.keys(MOUNT_TYPE_DOCS)).toEqual(['bind', 'cache', 'tmpfs', 'secret', 'ssh']);
    expect(Object.keys(MOUNT_OPTION_DOCS)).toEqual(expect.arrayContaining(options));
  });

  it('directives syntax, escape, check — documented', () => {
    expect(Object.keys(DIRECTIVE_DOCS)).toEqual(['syntax', 'escape', 'check']);
    for (const doc of Object.values(DIRECTIVE_DOCS)) expect(doc.url).toMatch(REFERENCE);
  });
});
