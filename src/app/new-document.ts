/** The document "New" starts from: one stage, ready to grow. */
export const NEW_DOCUMENT_TEXT = `# syntax=docker/dockerfile:1

FROM alpine:3.21 AS base
WORKDIR /app
`;
