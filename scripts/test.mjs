// `npm test`: the type check, lint (ESLint, then Prettier's check), unit and integration tests (vitest; on
// PostgreSQL too when TEST_DATABASE_URL is set), then the end-to-end tests in a real browser against the
// production build. The cheap stages come first; stops at the first failing stage and prints each stage's time.
import { spawnSync } from "node:child_process";

process.env.NEXT_TELEMETRY_DISABLED = "1";
const stages = [
  ["Type check", [["node_modules/typescript/bin/tsc", "--noEmit"]]],
  [
    "Lint",
    [
      ["node_modules/eslint/bin/eslint.js", "."],
      ["node_modules/prettier/bin/prettier.cjs", "--check", "--log-level", "warn", "."],
    ],
  ],
  ["Unit and integration tests", [["node_modules/vitest/vitest.mjs", "run"]]],
  ["End-to-end tests", [["node_modules/@playwright/test/cli.js", "test"]]],
];
if (!process.env.TEST_DATABASE_URL) console.log("TEST_DATABASE_URL is not set: database tests run on SQLite only.");
for (const [name, commands] of stages) {
  console.log(`\n== ${name}`);
  const started = performance.now();
  for (const args of commands) {
    const r = spawnSync(process.execPath, args, { stdio: "inherit" });
    if (r.status !== 0) {
      console.error(`\n${name} failed.`);
      process.exit(r.status ?? 1);
    }
  }
  console.log(`== ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
