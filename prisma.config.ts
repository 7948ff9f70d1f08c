/**
 * Prisma CLI configuration. Only `prisma generate` is used with the CLI
 * (`npm run db:generate`); migrations are created and applied by our own
 * scripts (see src/db/README.md) because the native schema engine cannot be
 * downloaded here. No datasource URL: the app passes a driver adapter.
 */
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
