# One image serves every OneStop service; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/schema ./schema
# The console's registered documents: the gateway serves them as trusted documents.
COPY --from=build /app/web/src/gql/persisted-documents.json ./web/src/gql/persisted-documents.json
COPY --from=build /app/package.json ./package.json
USER node
CMD ["node", "dist/gateway/main.js"]
