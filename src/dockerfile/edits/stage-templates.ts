/**
 * The palette's stage templates: a blank stage and common base images, with tags that a
 * current project would pick. `name` is the stage name to start from (made fresh on use).
 */
export const STAGE_TEMPLATES = [
  { id: 'blank', label: 'Blank stage', image: 'alpine', name: 'stage', numbered: true },
  { id: 'node', label: 'Node.js', image: 'node:22-alpine', name: 'node', numbered: false },
  { id: 'golang', label: 'Go', image: 'golang:1.23', name: 'go', numbered: false },
  { id: 'python', label: 'Python', image: 'python:3.12-slim', name: 'python', numbered: false },
  { id: 'rust', label: 'Rust', image: 'rust:1-slim', name: 'rust', numbered: false },
  { id: 'distroless', label: 'Distroless', image: 'gcr.io/distroless/static-debian12', name: 'runtime', numbered: false },
  { id: 'nginx', label: 'nginx', image: 'nginx:1.27-alpine', name: 'web', numbered: false },
  { id: 'scratch', label: 'Scratch (empty)', image: 'scratch', name: 'final', numbered: false },
] as const;

/** One of the palette's templates. */
export type StageTemplate = (typeof STAGE_TEMPLATES)[number];

/** The id of a template (`blank`, `node`, …). */
export type StageTemplateId = StageTemplate['id'];
