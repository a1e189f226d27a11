// Whether .cli/ (scripts/build-cli.mjs) is newer than every source it was built from: bin/ses-launchpad.mjs
// runs it only then, so an edited source is never run stale.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export function cliBuildIsFresh(root) {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(join(root, ".cli/inputs.json"), "utf8"));
    return inputs.every((file) => statSync(join(root, file)).mtimeMs < builtAt);
  } catch {
    // No build, or a source it was built from is gone.
    return false;
  }
}
