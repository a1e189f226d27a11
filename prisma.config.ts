import { defineConfig } from "prisma/config";

// Migrations are applied by `npm start` (lib/db/migrate.ts), not by the Prisma CLI,
// whose native engine cannot be downloaded everywhere. See README, "Database".
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations/sqlite" },
  datasource: { url: process.env.DATABASE_URL ?? "file:./data/launchpad.db" },
});
