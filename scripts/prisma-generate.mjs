// Regenerates the committed Prisma client (src/generated/prisma) offline:
// `prisma generate` needs no schema engine, but the CLI insists on finding
// one, so point it at any existing file unless one is configured.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
const result = spawnSync('npx', ['prisma', 'generate'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
