import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";

/**
 * Makes a SQLite database readable by the server's user only, before SQLite opens it: its folder, when created
 * here, 0700; the file 0600, created empty if missing. SQLite gives its -wal and -shm files the database file's
 * permissions. A database an older version created world-readable is closed too.
 */
export function protectSqliteFile(file: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, "a", 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) {
    try {
      if (existsSync(f)) chmodSync(f, 0o600);
    } catch {
      // Another user's file (a shared setup): SQLite's own access check decides, as before.
    }
  }
}
