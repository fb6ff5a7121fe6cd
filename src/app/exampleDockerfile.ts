/** The Dockerfile the app opens with: a small build that shows what multi-stage builds do. */
export const exampleDockerfile = `# syntax=docker/dockerfile:1

# Global ARGs come before the first FROM. FROM lines can use them.
ARG GO_VERSION=1.23
ARG NODE_VERSION=22

# Stage 0: download Go modules once, so code changes do not fetch them again.
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION}-alpine AS deps
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download

# Stage 1: build the web front end. It needs nothing from the Go stages,
# so BuildKit builds it at the same time as deps.
FROM node:\${NODE_VERSION}-alpine AS frontend
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY web/ ./
RUN npm run build

# Stage 2: compile a static binary for the target platform.
FROM deps AS build
ARG TARGETOS
ARG TARGETARCH
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\
    go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

# Stage 3: the tests. Only "docker build --target test" runs them.
FROM build AS test
RUN --mount=type=cache,target=/root/.cache/go-build \\
    go test ./...

# Stage 4: the small runtime image, and the default target (the last stage).
# Only what is copied in here ends up in the image: no compiler, no node_modules.
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/server /usr/local/bin/server
COPY --from=frontend /web/dist /srv/www
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
`;
