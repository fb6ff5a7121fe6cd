import { describe, expect, it } from 'vitest';
import { exportFileName } from './export-file-name.ts';

describe('exportFileName', () => {
  it.each([
    ['Dockerfile', 'svg', 'Dockerfile.svg'],
    ['api.Dockerfile', 'png', 'api.Dockerfile.png'],
    ['  ', 'mmd', 'Dockerfile.mmd'],
  ])('%s + %s gives %s', (name, extension, expected) => {
    expect(exportFileName(name, extension)).toBe(expected);
  });
});
