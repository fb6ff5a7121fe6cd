# syntax=docker/dockerfile:1

# Cross-compilation: build for every platform on the machine you have.
# The idea: `docker buildx build --platform linux/amd64,linux/arm64 .` would run each
# platform's compiler under emulation, which is slow. --platform=$BUILDPLATFORM runs the
# build stage natively, and the compiler targets TARGETOS/TARGETARCH instead. Only the
# final stage is per platform. BuildKit sets these ARGs; declaring them makes them visible.

# build runs on the builder's own platform and cross-compiles for the target platform.
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/tool ./cmd/tool

# runtime is pulled for each target platform; the binary in it was built for that platform.
FROM alpine:3.21 AS runtime
ARG TARGETPLATFORM
LABEL org.opencontainers.image.description="tool built for ${TARGETPLATFORM}"
COPY --from=build /out/tool /usr/local/bin/tool
ENTRYPOINT ["/usr/local/bin/tool"]
