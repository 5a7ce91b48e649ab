# The newsgraph CLI image: `serve` (API) and `worker` use it with NEO4J_URI pointing at a Neo4j server.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# The workspaces (the typed client, the example app) are part of the install and the build.
COPY clients ./clients
COPY examples ./examples
RUN npm ci
COPY tsconfig.json tsconfig.build.json codegen.ts ./
COPY schema ./schema
COPY scripts ./scripts
COPY web ./web
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY cypher ./cypher
COPY schema ./schema
USER node
# Through its shebang, which carries the server's node flags (src/bin/newsgraph.ts).
ENTRYPOINT ["dist/bin/newsgraph.js"]
CMD ["serve"]
