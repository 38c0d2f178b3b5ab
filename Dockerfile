# syntax=docker/dockerfile:1
# Call Log for Slack: compiled in one stage with the dev dependencies, run in another with the production ones only
# (no TypeScript, no tsx), as the unprivileged `node` user.
#   docker build -t calllog-for-slack .
#   docker run --rm -p 3000:3000 --env-file .env calllog-for-slack

ARG NODE_VERSION=22

FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:${NODE_VERSION}-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY scripts/start.mjs ./scripts/start.mjs
COPY --from=build /app/dist ./dist
# DATA_DIR's default, ./data, writable by the user the bot runs as; mount a volume there to keep it.
RUN mkdir data && chown node:node data
USER node
EXPOSE 3000
# Slim images have no curl: Node's own fetch asks /healthz on the configured PORT (HOST must include 127.0.0.1,
# as the default 0.0.0.0 does).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Node itself as PID 1: the bot handles SIGTERM (docker stop) and shuts down cleanly.
CMD ["node", "--enable-source-maps", "dist/main.js"]
