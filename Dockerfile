# The platform as a container: production dependencies only, compiled once at build time, then
# plain node. Several containers of this image share one PostgreSQL behind a reverse proxy (see
# README.md, "Deploying"); each runs WORKERS processes (default: one per core on PostgreSQL).
#
#   docker build -t alliances .
#   docker run -e DATABASE_URL=postgres://alliances:…@db:5432/alliances -p 3000:3000 alliances
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# esbuild, vite and the React plugin are dependencies: the build needs no dev tools.
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time, next to dist/: the call definitions and the command's entry.
COPY --from=build /app/rules ./rules
COPY --from=build /app/bin ./bin
COPY --from=build /app/scripts ./scripts
# The list of common passwords the server refuses, read from its place in the repository.
COPY --from=build /app/src/server/auth/common-passwords.txt ./src/server/auth/common-passwords.txt
RUN mkdir -p /app/data && chown node /app/data
USER node
EXPOSE 3000
# Without DATABASE_URL the server keeps PGlite in /app/data: mount a volume there, one container.
CMD ["node", "--enable-source-maps", "dist/server/main.js"]
