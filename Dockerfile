# scrutiny-bot in a container: Slack in Socket Mode or over HTTP, the store on a volume at /data.
#   docker build -t scrutiny-bot .
#   docker run -d --name scrutiny --env-file .env -v scrutiny-data:/data -p 3000:3000 scrutiny-bot
# Node 24 is an LTS line and the nearest to the Node 20 the project is tested on.
FROM node:24-trixie-slim

ENV NODE_ENV=production \
    SCRUTINY_DB=/data/scrutiny.json \
    PORT=3000 \
    LOG_FORMAT=json
WORKDIR /app

# Dependencies first, so a change to the sources reuses this layer.
COPY package.json package-lock.json ./
# (--ignore-scripts: the build step runs below, once the sources are in.)
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY tsconfig.json ./
COPY scripts ./scripts
COPY src ./src
COPY data/corpus ./data/corpus
# Compiled once into dist/, so the container never transpiles TypeScript at start.
RUN npm run build

# The store lives on the volume, owned by the unprivileged user the bot runs as.
RUN mkdir -p /data && chown node:node /data
VOLUME ["/data"]
USER node

# Over HTTP, Slack posts to PORT; in Socket Mode only /healthz listens there (or on HEALTH_PORT).
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.HEALTH_PORT || process.env.PORT || 3000}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# What `npm start` runs (with the same node options: see "Benchmark" in README.md), without npm in between, so
# SIGTERM reaches the bot (which then stops gracefully).
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=4", "scripts/start.mjs"]
