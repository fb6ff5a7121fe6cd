# syntax=docker/dockerfile:1

# Heredocs: scripts and files written inline.
# The idea: RUN <<EOF runs a multi-line script as one step, with no "&& \" chains, and
# COPY <<EOF writes a file straight into the image. A quoted delimiter (<<'EOF') keeps
# $variables for the script to expand, not the Dockerfile.

# build sets up a small tool with one readable script.
FROM python:3.12-slim-bookworm AS build
WORKDIR /app
RUN <<EOF
set -eu
python -m venv /venv
/venv/bin/pip install --no-cache-dir click==8.1.7
EOF
COPY <<'EOF' /app/hello.py
import click

@click.command()
@click.option("--name", default="world")
def hello(name):
    click.echo(f"hello, {name}")

if __name__ == "__main__":
    hello()
EOF

# runtime copies the virtual environment and the script, and writes its own entrypoint.
FROM python:3.12-slim-bookworm AS runtime
COPY --from=build /venv /venv
COPY --from=build /app /app
COPY --chmod=755 <<'EOF' /usr/local/bin/entrypoint
#!/bin/sh
set -eu
exec /venv/bin/python /app/hello.py "$@"
EOF
USER nobody
ENTRYPOINT ["/usr/local/bin/entrypoint"]
