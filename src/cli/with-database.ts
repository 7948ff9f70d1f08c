import { loadConfig } from '../config.js';
import { openDatabase, type Database } from '../db/open-database.js';

/** Opens the configured database (DATABASE_URL or DATA_DIR, as the server does), runs `work`, and closes it. */
export async function withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
