/** The Dockerfile the app shows before the user opens their own. */
export const exampleDockerfile = `# syntax=docker/dockerfile:1

# Global ARGs, declared before the first FROM, can be used in FROM lines.
ARG GO_VERSION=1.23
ARG ALPINE_VERSION=3.20

# Stage 0: download modules once, so code changes don't refetch them.
FROM --platform=$BUILDPLATFORM golang:\${GO_VERSION}-alpine\${ALPINE_VERSION} AS deps
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod \\
    go mod download

# Stage 1: compile a static binary for the target platform.
FROM deps AS build
ARG TARGETOS
ARG TARGETARCH
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \\
    --mount=type=cache,target=/root/.cache/go-build \\
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH \\
    go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

# Stage 2: run the tests (build it with --target test; the default build skips it).
FROM build AS test
RUN --mount=type=cache,target=/root/.cache/go-build \\
    go test ./...

# Stage 3: the small runtime image, the default target.
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/server /usr/local/bin/server
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/server"]
`;
