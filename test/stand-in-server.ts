import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * Writes a stand-in for scripts/start.mjs: a module that re-runs itself with the server's settings, as start.mjs
 * does, then runs `body` in the server process. `imports` maps names to the project's scripts they come from.
 * The tests of the server runtime, its HTTP front and the demo's restart attack the real scripts through it.
 */
export function writeStandInServer(label: string, body: string, imports: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), `launchpad-${label}-`));
  const script = path.join(dir, "serve.mjs");
  const lines = Object.entries({ relaunchWithServerSettings: "scripts/server-runtime.mjs", ...imports }).map(
    ([name, file]) => `import { ${name} } from ${JSON.stringify(path.resolve(file))};`,
  );
  writeFileSync(
    script,
    `${lines.join("\n")}\nconst relaunched = relaunchWithServerSettings(import.meta.filename);\nif (relaunched) process.exit(await relaunched);\n${body}`,
  );
  return script;
}
