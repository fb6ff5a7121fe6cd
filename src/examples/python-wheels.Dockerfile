# syntax=docker/dockerfile:1

# A Python app whose dependencies are built as wheels in a builder stage.
# The idea: packages with C extensions need a compiler and headers to build. Build them
# into wheels where the compiler is, then install the finished wheels into a slim image
# that never had gcc.

# builder has gcc and the headers, and turns every requirement into a wheel.
FROM python:3.12-bookworm AS builder
WORKDIR /wheels
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

# runtime installs the prebuilt wheels: nothing is compiled here.
FROM python:3.12-slim-bookworm AS runtime
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY --from=builder /wheels /wheels
RUN pip install --no-cache-dir --no-index --find-links=/wheels /wheels/*.whl \
    && rm -rf /wheels
COPY . .
RUN useradd --create-home appuser
USER appuser
CMD ["python", "-m", "app"]
