FROM node:20-bookworm-slim
WORKDIR /app
COPY . .
RUN node scripts/pnpm.mjs install --frozen-lockfile && node scripts/pnpm.mjs --filter @openttc/web build
ENV NODE_ENV=production
EXPOSE 3000
CMD ["node", "scripts/pnpm.mjs", "--filter", "@openttc/api", "start"]
