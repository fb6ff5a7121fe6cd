# syntax=docker/dockerfile:1

# Cache mounts and bind mounts in RUN.
# The idea: a cache mount keeps a directory (the module or compiler cache) between builds
# without putting it in any layer. A bind mount lends files to one RUN without copying
# them into the image, and from= can lend them from another stage.

# build compiles with the Go caches kept between builds, and the sources bound, not copied.
FROM golang:1.23-bookworm AS build
WORKDIR /src
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=bind,source=go.mod,target=go.mod \
    --mount=type=bind,source=go.sum,target=go.sum \
    go mod download
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    CGO_ENABLED=0 go build -o /out/server ./cmd/server

# migrations holds the SQL files the runtime stage picks from.
FROM alpine:3.21 AS migrations
WORKDIR /sql
COPY migrations/ ./

# The runtime stage installs packages with a cached apk index, and reads the migrations
# stage's files through a bind mount: only the one file it copies lands in the image.

# runtime is the image that ships.
FROM alpine:3.21 AS runtime
RUN --mount=type=cache,target=/var/cache/apk \
    apk add --update postgresql16-client
RUN --mount=type=bind,from=migrations,source=/sql,target=/mnt/sql \
    cp /mnt/sql/schema.sql /usr/share/schema.sql
COPY --from=build /out/server /usr/local/bin/server
USER nobody
ENTRYPOINT ["/usr/local/bin/server"]
