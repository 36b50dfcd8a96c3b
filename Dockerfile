# syntax=docker/dockerfile:1
# One image for every Phoenix service; the SERVICE build argument (gateway, accounts,
# billing, …) picks the entry point. TypeScript runs through tsx, as in development.
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app

COPY package.json package-lock.json tsconfig.base.json ./
COPY packages ./packages
COPY subgraphs ./subgraphs
COPY gateway ./gateway
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

COPY supergraph.yaml supergraph.graphql ./
# Served by the gateway at /schemas/data-export.v1.json.
COPY docs/data-export.schema.json ./docs/
COPY deploy/entrypoint.sh /usr/local/bin/phoenix-entrypoint

ARG SERVICE=gateway
ENV SERVICE=${SERVICE} \
    PHOENIX_DATA_DIR=/tmp/phoenix
USER node
ENTRYPOINT ["/usr/local/bin/phoenix-entrypoint"]
