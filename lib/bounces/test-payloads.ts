import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** The shared SES payload examples (test-only): file name → parsed JSON. */
export const AWS_TESTDATA = path.join(import.meta.dirname, "../../test/fixtures/aws");

export function sesPayloadFiles(): string[] {
  return readdirSync(AWS_TESTDATA).filter((f) => /^ses\.(notification|event)\..*\.json$/.test(f));
}

export function readPayload(file: string): Record<string, any> {
  return JSON.parse(readFileSync(path.join(AWS_TESTDATA, file), "utf8")) as Record<string, any>;
}
