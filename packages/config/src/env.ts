import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

/** Every environment variable OpenTTC reads, with what it means; `.env.example` mirrors this list. */
export const ZEnv = z.object({
  /** Port the API and the web app listen on. */
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Address to bind; 0.0.0.0 in containers. */
  HOST: z.string().default("127.0.0.1"),
  /** PostgreSQL URL; when unset the embedded PGlite database is used. Secret: may hold a password. */
  DATABASE_URL: z.string().url().optional(),
  /** Meilisearch URL; when unset the embedded search engine is used and rebuilt at start-up. */
  MEILI_URL: z.string().url().optional(),
  /** Meilisearch API key. Secret. */
  MEILI_MASTER_KEY: z.string().optional(),
  /** Redis URL; when set, live room events fan out across API instances through Redis pub/sub. Secret (may hold a password). */
  REDIS_URL: z.string().url().optional(),
  /** Folder of the embedded PGlite database. */
  PGLITE_DIR: z.string().default("./data/pglite"),
  /** Seed the demo corpus when the database is empty. */
  SEED_DEMO: bool.default(true),
  /** Mark session cookies Secure (set behind HTTPS). */
  COOKIE_SECURE: bool.default(false),
  /** Folder of the built web app served on `/`; empty disables static serving. */
  WEB_DIST: z.string().default(""),
  /** Log level of the API process. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Minutes between freshness-reminder sweeps; 0 disables the sweeper. */
  REMINDER_SWEEP_MINUTES: z.coerce.number().int().min(0).default(60),
});
export type Env = z.infer<typeof ZEnv>;

/** Parses the environment once, failing with every problem named. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (`DATABASE_URL= npm start`) means "not set", as in most tools.
  const result = ZEnv.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== "")),
  );
  if (!result.success) {
    const problems = result.error.issues
      .map((i) => `${i.path.join(".")}: ${i.message}`)
      .join("\n  ");
    throw new Error(`Invalid configuration:\n  ${problems}`);
  }
  return result.data;
}
