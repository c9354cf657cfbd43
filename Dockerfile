# Used by docker-compose.yml. Two images from one build:
#   target "seed": the full project, runs `npm run seed` against NEO4J_URI once;
#   target "app":  the Next.js standalone server (next.config.js: output 'standalone').
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS seed
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
CMD ["node", "node_modules/tsx/dist/cli.mjs", "graph-seed/seed.ts"]

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# Where the app keeps the session secret it makes when STANCEGRAPH_SESSION_SECRET is not set.
RUN mkdir -p .stancegraph && chown node:node .stancegraph
USER node
EXPOSE 3000
CMD ["node", "server.js"]
