import { describe, expect, it } from 'vitest';
import { fromIsImage } from './from-is-image.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(fromIsImage, text);

describe('FromIsImage', () => {
  it('FROM golang AS build / COPY --from=biuld — suggests the close stage name', () => {
    expect(lint('FROM golang AS build\nFROM alpine\nCOPY --from=biuld /app /app\n')).toEqual([
      {
        rule: 'FromIsImage',
        severity: 'info',
        message: "'biuld' names no stage, so BuildKit reads it as an image or a named build context (did you mean 'build'?)",
        text: 'biuld',
      },
    ]);
  });

  it('COPY --from=nginx:1.27 — an image, no suggestion', () => {
    expect(lint('FROM golang AS build\nFROM alpine\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n')).toMatchObject([
      { message: "'nginx:1.27' names no stage, so BuildKit reads it as an image or a named build context", text: 'nginx:1.27' },
    ]);
  });

  it('RUN --mount=type=bind,from=0 — a mount takes no index', () => {
    expect(lint('FROM golang AS build\nFROM alpine\nRUN --mount=type=bind,from=0,target=/src true\n')).toMatchObject([
      { message: 'A mount\'s from= takes a stage name, not an index, so BuildKit pulls an image called "0" (did you mean from=build?)', text: '0' },
    ]);
  });

  it('COPY --from=build / COPY --from=0 / RUN --mount=from=Build — stage references pass', () => {
    expect(lint('FROM golang AS build\nFROM alpine\nCOPY --from=build /a /a\nCOPY --from=0 /b /b\nRUN --mount=from=Build,target=/s true\n')).toEqual([]);
  });
});
