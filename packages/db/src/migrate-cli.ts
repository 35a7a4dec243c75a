import { openDb } from "./client";
import { migrate } from "./migrate";

const url = process.env.DATABASE_URL;
const open = await openDb(url ? { url } : { dataDir: process.env.PGLITE_DIR ?? "./data/pglite" });
await migrate(open);
await open.close();
process.stdout.write(`migrated ${open.driver} database\n`);
