import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "../lib/db/create-client";
import { migrate } from "../lib/db/migrate";
import { persistentSecret, prepareDataDir } from "../scripts/data-dir.mjs";

const mode = (file: string) => (statSync(file).mode & 0o777).toString(8);

// Under the usual umask (022), files are created readable by every user of the machine unless made otherwise.
describe("the server's files are readable by its own user only", () => {
  it("creates a SQLite database, its WAL and shared memory 0600, in a folder it creates 0700", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "launchpad-perm-")), "data", "launchpad.db");
    await migrate(`file:${file}`);
    const client = createPrismaClient(`file:${file}`);
    await client.setting.create({ data: { key: "k", value: "v" } });
    expect([file, `${file}-wal`, `${file}-shm`].map(mode)).toEqual(["600", "600", "600"]);
    expect(mode(path.dirname(file))).toBe("700");
    await client.$disconnect();
  });

  it("closes an existing database that was created world-readable", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "launchpad-perm-"));
    const file = path.join(dir, "old.db");
    await migrate(`file:${file}`);
    chmodSync(file, 0o644);
    await migrate(`file:${file}`);
    const client = createPrismaClient(`file:${file}`);
    await client.setting.create({ data: { key: "k", value: "v" } });
    expect([file, `${file}-wal`, `${file}-shm`].map(mode)).toEqual(["600", "600", "600"]);
    await client.$disconnect();
  });

  it("makes data/ 0700 and its auth secret 0600, also when an older version made them open", () => {
    const data = path.join(mkdtempSync(path.join(tmpdir(), "launchpad-perm-")), "data");
    prepareDataDir(data);
    expect(mode(data)).toBe("700");
    persistentSecret(path.join(data, "auth-secret"));
    expect(mode(path.join(data, "auth-secret"))).toBe("600");

    const old = path.join(mkdtempSync(path.join(tmpdir(), "launchpad-perm-")), "data");
    mkdirSync(old, { mode: 0o755 });
    writeFileSync(path.join(old, "auth-secret"), "kept", { mode: 0o644 });
    prepareDataDir(old);
    expect(persistentSecret(path.join(old, "auth-secret"))).toBe("kept");
    expect([mode(old), mode(path.join(old, "auth-secret"))]).toEqual(["700", "600"]);
  });
});
