# syntax=docker/dockerfile:1

# A Rust service with cargo-chef, so dependencies are not rebuilt on every code change.
# The idea: Docker caches a layer until its inputs change, and COPY . . changes with every
# edit. cargo-chef writes a "recipe" of the dependencies alone, so they build in a layer
# that stays cached while only your own code changes.

# chef is the toolchain plus cargo-chef, shared by the two stages after it.
FROM lukemathwalker/cargo-chef:latest-rust-1 AS chef
WORKDIR /app

# planner reads the whole project and writes recipe.json: the dependencies, nothing else.
FROM chef AS planner
COPY . .
RUN cargo chef prepare --recipe-path recipe.json

# builder cooks the dependencies from the recipe (cached), then builds the app itself.
FROM chef AS builder
COPY --from=planner /app/recipe.json recipe.json
RUN cargo chef cook --release --recipe-path recipe.json
COPY . .
RUN cargo build --release --bin app

# runtime is a slim Debian with the one binary.
FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY --from=builder /app/target/release/app /usr/local/bin/app
USER nobody
ENTRYPOINT ["/usr/local/bin/app"]
