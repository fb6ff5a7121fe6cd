# syntax=docker/dockerfile:1

# A Go service as a static binary in a distroless image.
# The idea: compile where the tools are, ship only the binary. The final image has no
# shell, no package manager and no Go toolchain, so it is small and has little to attack.

# GO_VERSION picks the Go toolchain that compiles the service.
ARG GO_VERSION=1.23

# build has the whole Go toolchain; none of it reaches the final image.
FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
# Modules first: this layer is reused until go.mod or go.sum change.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# CGO_ENABLED=0 links statically, so the binary needs no libc at run time.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/app ./cmd/app

# runtime is distroless "static": CA certificates, tzdata and a nonroot user, nothing more.
FROM gcr.io/distroless/static-debian12:nonroot AS runtime
COPY --from=build /out/app /app
USER nonroot:nonroot
EXPOSE 8080
ENTRYPOINT ["/app"]
