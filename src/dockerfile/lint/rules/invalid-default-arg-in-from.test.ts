import { describe, expect, it } from 'vitest';
import { invalidDefaultArgInFrom } from './invalid-default-arg-in-from.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(invalidDefaultArgInFrom, text);

describe('InvalidDefaultArgInFrom', () => {
  it('ARG VERSION / FROM busybox:$VERSION — an empty tag', () => {
    expect(lint('ARG VERSION\nFROM busybox:$VERSION\n')).toEqual([
      {
        rule: 'InvalidDefaultArgInFrom',
        severity: 'warning',
        message: 'Default value for ARG busybox:$VERSION results in empty or invalid base image name',
        text: 'busybox:$VERSION',
      },
    ]);
  });

  it('ARG IMAGE / FROM $IMAGE — an empty name', () => {
    expect(lint('ARG IMAGE\nFROM $IMAGE\n')).toMatchObject([{ message: 'Default value for ARG $IMAGE results in empty or invalid base image name' }]);
  });

  it('ARG SFX="box:" / FROM busy${SFX} — a trailing colon', () => {
    expect(lint('ARG SFX="box:"\nFROM busy${SFX}\n')).toMatchObject([{ text: 'busy${SFX}' }]);
  });

  it('ARG VERSION="latest" / FROM busybox:${VERSION} — a valid default', () => {
    expect(lint('ARG VERSION="latest"\nFROM busybox:${VERSION}\n')).toEqual([]);
  });

  it('ARG BUSYBOX_VARIANT / FROM busybox:stable${BUSYBOX_VARIANT} — empty but still valid', () => {
    expect(lint('ARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}\n')).toEqual([]);
  });

  it('FROM golang:1.22-$TARGETOS AS b / FROM b / FROM ghcr.io/…@sha256:… — predefined ARGs, stage names and digests are valid', () => {
    expect(lint('FROM golang:1.22-$TARGETOS AS b\nFROM b\nFROM ghcr.io/org/img@sha256:' + 'a'.repeat(64) + '\n')).toEqual([]);
  });
});
