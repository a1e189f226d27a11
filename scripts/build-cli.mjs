// Builds the command line (cli/main.ts) to plain JavaScript in .cli/, run from postinstall: tsx compiled the
// sources at every call (over a second per command). Each command is its own chunk, loaded only when asked for.
// bin/ses-launchpad.mjs runs the build only while it is newer than every source it was built from (cli-build-state.mjs),
// else the sources through tsx: after editing them, `npm run build:cli` makes the command line fast again.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const outDir = path.join(root, ".cli");

// Loaded by Node at run time, not bundled: native modules, Prisma's runtime (it loads its WebAssembly
// query compiler by path), and the big SDKs the offline commands never touch.
const EXTERNAL = ["better-sqlite3", "pg", "@prisma/", "@aws-sdk/", "@smithy/", "next", "react", "react-dom"];
const isExternal = (spec) => EXTERNAL.some((e) => (e.endsWith("/") ? spec.startsWith(e) : spec === e || spec.startsWith(`${e}/`)));

const externals = {
  name: "externals",
  setup(build) {
    build.onResolve({ filter: /^[@a-z]/ }, ({ path: spec }) => {
      if (!isExternal(spec)) return undefined;
      // next has no "exports" map: Node's ESM loader needs the file's extension.
      return { path: spec === "next/headers" ? "next/headers.js" : spec, external: true };
    });
  },
};

export async function buildCli() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    console.warn("esbuild is not installed: the command line will run its TypeScript sources through tsx.");
    return false;
  }
  const builtAt = Date.now();
  // Built beside the old output and swapped in whole, so a concurrent run never sees half a build.
  const tmp = mkdtempSync(path.join(root, ".cli-build-"));
  try {
    const result = await esbuild.build({
      absWorkingDir: root,
      entryPoints: { main: "cli/main.ts" },
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // lib/ guards its server modules with "server-only", which is empty under this condition (as under Next).
      conditions: ["react-server"],
      plugins: [externals],
      // Bundled CommonJS packages call require() for Node's built-ins.
      banner: { js: 'import { createRequire as __cliRequire } from "node:module"; const require = __cliRequire(import.meta.url);' },
      chunkNames: "chunks/[name]-[hash]",
      metafile: true,
      logLevel: "warning",
    });
    const inputs = Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/"));
    writeFileSync(path.join(tmp, "inputs.json"), JSON.stringify({ builtAt, inputs }));
    writeFileSync(path.join(tmp, "package.json"), '{ "type": "module" }\n');
    swapIn(tmp);
    return true;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function swapIn(tmp) {
  const old = `${tmp}-old`;
  try {
    renameSync(outDir, old);
  } catch {
    // No previous build, or another build moved it first.
  }
  try {
    renameSync(tmp, outDir);
  } catch {
    // Another build of the same sources got there first: its output is as good as this one.
  }
  rmSync(old, { recursive: true, force: true });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
