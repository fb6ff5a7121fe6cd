# syntax=docker/dockerfile:1

# A single-page app built with Node and served by nginx.
# The idea: Node is a build tool here. node_modules (often hundreds of MB) stays in the
# build stage; the image that ships is nginx plus the compiled static files.

# deps installs exactly what the lock file says, once per change to the lock file.
FROM node:22-alpine AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# build compiles the app into dist/, reusing the installed modules.
FROM deps AS build
COPY . .
RUN npm run build

# web serves the files: no Node, no sources, no node_modules.
FROM nginx:1.27-alpine AS web
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
