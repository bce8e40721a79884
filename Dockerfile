# Chefia cloud relay image (HQ side: ingest, projections, reports, HQ portal).
# Build from the repository root: `docker build -t chefia-relay .` (see docs/relay.md).
# The relay is the npm workspace cloud-relay/: its package.json lists what it runs on, so the image
# never carries the store's drivers, native addons, web-app toolchain or test tools.
# test/e2e/relay-image.e2e.test.ts carries out these stages' commands in staging folders and runs the
# relay staged there against its embedded Postgres.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY cloud-relay/package.json ./cloud-relay/
# The relay's workspace only, development dependencies included: the compiler and its types.
RUN npm ci --workspace=cloud-relay --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY cloud-relay ./cloud-relay
# The journal contract (event payload schemas, route documentation) the relay shares with the store.
COPY appliance/contract ./appliance/contract
# The ship configuration compiles the relay's entry point and what it imports: no tests, no test support.
RUN npx tsc -p cloud-relay/tsconfig.ship.json

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY cloud-relay/package.json ./cloud-relay/
# Production dependencies of the relay's workspace, at the lockfile's versions, and nothing else; the
# workspace's own link is dropped (its sources are not in the image, the compiled tree is). data/relay
# becomes the image's /data volume, owned by the user the relay runs as.
RUN npm ci --omit=dev --workspace=cloud-relay --no-audit --no-fund && rm -r node_modules/@chefia && mkdir -p data/relay

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    RELAY_HTTP_HOST=0.0.0.0 \
    RELAY_HTTP_PORT=8787 \
    RELAY_DATA_DIR=/data/relay
WORKDIR /app
COPY --from=deps --chown=node:node /app/cloud-relay/package.json ./package.json
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist-ship ./dist
# Runs as the unprivileged `node` user; with DATABASE_URL unset the embedded Postgres keeps its
# cluster under /data/relay/pg, so mount a volume there (production should set DATABASE_URL).
COPY --from=deps --chown=node:node /app/data /data
USER node
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.RELAY_HTTP_PORT || 8787) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "dist/cloud-relay/src/main.js"]
