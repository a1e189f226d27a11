// Writes prisma/postgresql/schema.prisma from the SQLite source schema: one
// Prisma schema can name only one provider, and the models must stay identical.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const source = readFileSync("prisma/schema.prisma", "utf8");
const out = source
  .replace('provider = "sqlite"', 'provider = "postgresql"')
  .replace('output   = "../lib/db/generated/sqlite"', 'output   = "../../lib/db/generated/postgresql"')
  .replace(
    /^\/\/ The SQLite schema[\s\S]*?\n(?=generator)/m,
    "// Written by scripts/write-postgres-schema.mjs from prisma/schema.prisma: edit that one.\n",
  );
if (out === source || !out.includes("postgresql")) throw new Error("schema.prisma no longer matches the rewrite patterns");
mkdirSync("prisma/postgresql", { recursive: true });
writeFileSync("prisma/postgresql/schema.prisma", out);
