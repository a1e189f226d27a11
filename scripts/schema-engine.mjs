// Prisma's schema engine compiled to WebAssembly, driven through a driver
// adapter: it works offline, where the CLI's native engine cannot be downloaded.
// Run with `node --experimental-wasm-modules` (Node 20 needs the flag to import .wasm).
//
//   node --experimental-wasm-modules scripts/schema-engine.mjs new <name>    write the next migration for both databases (empties MIGRATION_POSTGRES_URL)
//   node --experimental-wasm-modules scripts/schema-engine.mjs drift <url>   exit 2 if the database differs from schema.prisma
import { mkdirSync, readFileSync, readdirSync, existsSync, rmSync, writeFileSync } from "node:fs";
import Database from "better-sqlite3";
import path from "node:path";
import { SchemaEngine } from "@prisma/schema-engine-wasm";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const SCHEMAS = { sqlite: "prisma/schema.prisma", postgresql: "prisma/postgresql/schema.prisma" };
const noFilters = { externalTables: [], externalEnums: [] };

const providerOf = (url) => (url.startsWith("file:") ? "sqlite" : "postgresql");

function schemaFiles(provider) {
  const file = path.resolve(SCHEMAS[provider]);
  return [{ path: file, content: readFileSync(file, "utf8") }];
}

// adapter-pg 7.10 has no mapping for PostgreSQL's internal "char" type (OID 18),
// which the engine's catalog queries return when it describes a live database;
// reading it as text is what the native engine does.
function readCharAsText(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  if (queryable.startTransaction) {
    const start = queryable.startTransaction.bind(queryable);
    queryable.startTransaction = async (...a) => readCharAsText(await start(...a));
  }
  return queryable;
}

function postgresFactory(url) {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => readCharAsText(await connect());
  return factory;
}

async function engineFor(url) {
  const provider = providerOf(url);
  const factory = provider === "sqlite" ? new PrismaBetterSqlite3({ url }) : postgresFactory(url);
  const files = schemaFiles(provider);
  const engine = await SchemaEngine.new(
    { datamodels: files.map((f) => [f.path, f.content]) },
    () => {},
    bindMigrationAwareSqlAdapterFactory(factory),
  );
  return { engine, files, provider };
}

/** The SQL of each migration folder, oldest first (the same order as lib/db/migration-files.ts). */
function migrationScripts(provider) {
  const baseDir = path.resolve("prisma/migrations", provider);
  const dirs = existsSync(baseDir)
    ? readdirSync(baseDir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  return { baseDir, scripts: dirs.map((d) => readFileSync(path.join(baseDir, d, "migration.sql"), "utf8")) };
}

/**
 * Writes the next migration: applies the existing ones to an emptied scratch
 * database, then diffs that live database against schema.prisma. (The engine's
 * own shadow-database route fails on SQLite through the adapter.)
 */
async function newMigration(name, urls) {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const url of urls) {
    const provider = providerOf(url);
    const list = migrationScripts(provider);
    await resetAndApply(url, list.scripts);
    const { engine, files } = await engineFor(url);
    const { stdout } = await engine.diff({
      from: { tag: "schemaDatasource", files, configDir: process.cwd() },
      to: { tag: "schemaDatamodel", files },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    if (!stdout || stdout.includes("This is an empty migration")) {
      console.log(`${provider}: schema unchanged, no migration written`);
      continue;
    }
    const dir = path.join(list.baseDir, `${stamp}_${name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), stdout);
    writeFileSync(path.join(list.baseDir, "migration_lock.toml"), `provider = "${provider}"\n`);
    console.log(`${provider}: wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
}

async function resetAndApply(url, scripts) {
  if (providerOf(url) === "sqlite") {
    const file = url.replace(/^file:/, "");
    rmSync(file, { force: true });
    const db = new Database(file);
    for (const sql of scripts) db.exec(sql);
    db.close();
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
  for (const sql of scripts) await client.query(sql);
  await client.end();
}

async function drift(url) {
  const { engine, files } = await engineFor(url);
  const result = await engine.diff({
    from: { tag: "schemaDatasource", files, configDir: process.cwd() },
    to: { tag: "schemaDatamodel", files },
    script: true,
    exitCode: true,
    filters: noFilters,
  });
  process.stdout.write(result.stdout ?? "");
  process.exitCode = result.exitCode;
}

const [command, ...args] = process.argv.slice(2);
if (command === "new" && args[0]) {
  await newMigration(args[0], [
    "file:" + path.resolve("data/.schema-engine-scratch.db"),
    process.env.MIGRATION_POSTGRES_URL ?? "postgresql://localhost/launchpad_scratch",
  ]);
} else if (command === "drift" && args[0]) {
  await drift(args[0]);
} else {
  console.error("usage: schema-engine.mjs new <name> | drift <database-url>");
  process.exitCode = 64;
}
