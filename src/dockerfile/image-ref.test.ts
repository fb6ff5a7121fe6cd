import { describe, expect, it } from 'vitest';
import { parseImageRef } from './image-ref.ts';

describe('parseImageRef', () => {
  it('nginx', () => expect(parseImageRef('nginx')).toMatchObject({ registry: 'docker.io', repository: 'library/nginx', tag: 'latest', digest: null }));
  it('golang:1.22-alpine', () => expect(parseImageRef('golang:1.22-alpine')).toMatchObject({ repository: 'library/golang', tag: '1.22-alpine' }));
  it('gcr.io/distroless/static:nonroot', () =>
    expect(parseImageRef('gcr.io/distroless/static:nonroot')).toMatchObject({ registry: 'gcr.io', repository: 'distroless/static', tag: 'nonroot' }));
  it('localhost:5000/app@sha256:abc', () =>
    expect(parseImageRef('localhost:5000/app@sha256:abc')).toMatchObject({ registry: 'localhost:5000', repository: 'app', tag: null, digest: 'sha256:abc' }));
  it('user/app:1', () => expect(parseImageRef('user/app:1')).toMatchObject({ registry: 'docker.io', repository: 'user/app', tag: '1' }));
});
