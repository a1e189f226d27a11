import "server-only";
import { env } from "../env";
import { collectAccountSnapshot } from "./collect-account";

const INTERVAL_MS = 5 * 60 * 1000;

/** Collects at start and then every five minutes, inside the server process. */
export function scheduleCollection(): void {
  const region = env().AWS_SES_REGION;
  const run = () => void collectAccountSnapshot(region).catch((e: unknown) => console.error("Collection failed:", (e as Error).message));
  run();
  setInterval(run, INTERVAL_MS).unref();
}
