# syntax=docker/dockerfile:1

# Test and lint stages beside the release stage.
# The idea: checks are stages of the same Dockerfile, so they run with the same tools and
# inputs as the release. `docker build --target lint .` or `--target test .` runs one on
# its own. lint, test and build need nothing from each other, so BuildKit runs them in
# parallel; release copies a marker from each check, so a release cannot skip them.

# base has the dependencies every other stage needs.
FROM node:22-alpine AS base
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .

# lint checks style and types; it leaves a marker file when it passes.
FROM base AS lint
RUN npm run lint && touch /lint.passed

# test runs the unit tests; it leaves a marker file when they pass.
FROM base AS test
RUN npm test && touch /test.passed

# build compiles the production bundle.
FROM base AS build
RUN npm run build

# release ships the bundle; the markers tie it to passing checks.
FROM nginx:1.27-alpine AS release
COPY --from=lint /lint.passed /checks/
COPY --from=test /test.passed /checks/
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
