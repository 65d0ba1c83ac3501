# syntax=docker/dockerfile:1
# The agentvc platform (issuer :4100, wallet :4200, verifier :4300) as one image. Its steps are
# the ones CI runs on every change (docs/running.md "Container"): `npm ci`, `npm run build`, then
# the built launcher with plain node. test/packaging/dockerfile.test.ts checks that every command
# and path named here exists. Build: docker build -t agentvc .   Run: see compose.yaml.

# Same Node major as CI; package.json engines: >=20.19
FROM node:20-bookworm-slim AS build
WORKDIR /app
# everything but what .dockerignore leaves out (node_modules, dist, data, .git)
COPY . .
# exactly the committed lockfile, every workspace
RUN npm ci --no-audit --no-fund
# tsc -b: every package and app to its dist/
RUN npm run build
# run time needs dist/ and the production dependencies only: no sources, tests, tsx or TypeScript
RUN npm prune --omit=dev --no-audit --no-fund \
 && rm -rf packages/*/src packages/*/test apps/*/src apps/*/test test docs scripts .ci

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    AGENTVC_DATA_DIR=/data \
    ISSUER_HOST=0.0.0.0 \
    WALLET_HOST=0.0.0.0 \
    VERIFIER_HOST=0.0.0.0
WORKDIR /app
# the code stays root's (read-only to the service); only the data folder belongs to the user
COPY --from=build /app /app
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
VOLUME ["/data"]
USER node
EXPOSE 4100 4200 4300
# node itself, exec form: SIGTERM from `docker stop` reaches the launcher, which stops the three
# services (each its own node process) and exits. No npm or shell in between to swallow it.
CMD ["node", "apps/platform/dist/main.js"]
