/**
 * Applies pending migrations (and seeds the default knowledge into an empty
 * database) for the configured database: DATABASE_URL, else the PGlite
 * database in DATA_DIR (default ./data).   npm run db:migrate
 */
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/open-database.js';

const config = loadConfig();
const started = Date.now();
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  const { applied, warnings } = db.migrations;
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  console.log(applied.length === 0 ? 'No pending migrations.' : `Applied ${applied.join(', ')}.`);
  if (db.seeded !== null) console.log(`Seeded ${db.seeded.parties} parties and ${db.seeded.actors} actors.`);
  console.log(`Database (${db.kind}) is up to date in ${Date.now() - started} ms.`);
} finally {
  await db.close();
}
