import { describe, expect, it } from 'vitest';
import { buildShareUrl, decodeShareFragment, encodeShareFragment, sharePayload } from './share-link.ts';

const roundTrip = async (text: string) => decodeShareFragment('#' + (await encodeShareFragment(text)));

describe('share links', () => {
  it.each([
    ['an empty text', ''],
    ['a two-stage Dockerfile', 'FROM golang:1.23 AS build\nRUN go build\nFROM scratch\nCOPY --from=build /out /\n'],
    ['CRLF line ends and a BOM', '\uFEFFFROM alpine\r\nRUN echo hi\r\n'],
    ['unicode: accents, CJK, emoji', '# café 日本語 🐳\nLABEL title="Grüße 👋"\nFROM alpine\n'],
    ['a large file', 'RUN echo "step"\n'.repeat(5000)],
  ])('%s round-trips exactly', async (_title, text) => {
    expect(await roundTrip(text)).toBe(text);
  });

  it('a fragment uses only URL-safe characters and compresses repetition', async () => {
    const fragment = await encodeShareFragment('RUN echo "step"\n'.repeat(5000));
    expect(fragment).toMatch(/^df=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(500);
  });

  it('buildShareUrl replaces the fragment and keeps the path', async () => {
    const url = await buildShareUrl('http://127.0.0.1:4193/app/?x=1#old', 'FROM alpine\n');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4193\/app\/\?x=1#df=/);
    expect(await decodeShareFragment(new URL(url).hash)).toBe('FROM alpine\n');
  });

  it('a hash without df= carries nothing', async () => {
    expect(sharePayload('#other=1')).toBeNull();
    expect(await decodeShareFragment('')).toBeNull();
  });

  it('a damaged payload throws a readable error', async () => {
    await expect(decodeShareFragment('#df=***')).rejects.toThrow(/damaged/);
    const good = await encodeShareFragment('FROM alpine AS a\nRUN echo 1\n');
    await expect(decodeShareFragment('#' + good.slice(0, good.length - 6))).rejects.toThrow(/damaged|cut short/);
  });
});
