# syntax=docker/dockerfile:1

# Stagewright's own image: build the static app with Node, then serve the files from a
# small web server image. Node, npm and node_modules stay in the build stage; the image
# that ships holds nginx and dist/ only.
#
#   docker build -t stagewright .
#   docker run --rm -p 8080:8080 stagewright     # then open http://localhost:8080/

# NODE_VERSION is the Node major version that builds the app (package.json needs >= 20).
ARG NODE_VERSION=20
# NGINX_VERSION is the nginx release line that serves the files.
ARG NGINX_VERSION=1.27

# build installs the exact dependencies from the lock file and builds dist/.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# The manifests first: the npm ci layer is reused until they change, not on every edit.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm \
    npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# index.html carries the Content-Security-Policy as a meta tag; the server sends the same
# policy as a header too, so it holds for every response.

# web is the image that ships: nginx and dist/, nothing else.
FROM nginx:${NGINX_VERSION}-alpine AS web
COPY <<'EOF' /etc/nginx/conf.d/default.conf
server {
    listen 8080;
    root /usr/share/nginx/html;
    add_header Content-Security-Policy "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; font-src 'self' data:" always;
    add_header X-Content-Type-Options nosniff always;

    # Hashed file names never change content: cache them for a year.
    location /assets/ {
        add_header Cache-Control "public, max-age=31536000, immutable" always;
        add_header Content-Security-Policy "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; worker-src 'self' blob:; font-src 'self' data:" always;
        add_header X-Content-Type-Options nosniff always;
    }

    location / {
        try_files $uri /index.html;
    }
}
EOF
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 8080
