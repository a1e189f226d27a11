// Generates both Prisma clients (SQLite and PostgreSQL) after install.
// `prisma generate` needs no schema engine, but the CLI insists on finding one:
// where it cannot be downloaded, a stub that always fails stands in (it must fail,
// so that a command that really needs the engine cannot silently do nothing).
import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

execFileSync(process.execPath, ["scripts/write-postgres-schema.mjs"], { stdio: "inherit" });

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const stub = path.resolve("node_modules/.cache/launchpad/schema-engine-stub");
  if (!existsSync(stub)) {
    mkdirSync(path.dirname(stub), { recursive: true });
    writeFileSync(stub, "#!/bin/sh\necho 'schema engine not available: migrations run through npm start' >&2\nexit 1\n");
    chmodSync(stub, 0o755);
  }
  env.PRISMA_SCHEMA_ENGINE_BINARY = stub;
}
const prisma = path.resolve("node_modules/prisma/build/index.js");
for (const schema of ["prisma/schema.prisma", "prisma/postgresql/schema.prisma"]) {
  execFileSync(process.execPath, [prisma, "generate", "--schema", schema], { stdio: "inherit", env });
}
