// Demo or installation: the choice `npm start` makes before anything else, and why (scripts/start.mjs).
import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

export const DEMO_DATABASE_URL = "file:./data/demo.db";

/**
 * AWS credentials the SDK would find without a network call; an instance role cannot be seen this way.
 * @param {Record<string, string | undefined>} env
 */
export function visibleAwsCredentials(env = process.env, home = homedir()) {
  const names = [
    "AWS_ACCESS_KEY_ID",
    "AWS_PROFILE",
    "AWS_WEB_IDENTITY_TOKEN_FILE",
    "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
    "AWS_CONTAINER_CREDENTIALS_FULL_URI",
    "AWS_ENDPOINT_URL",
  ];
  return names.some((n) => env[n]) || existsSync(path.join(home, ".aws/credentials")) || existsSync(path.join(home, ".aws/config"));
}

const isSet = (env, name) => (env[name] ?? "").trim() !== "";

/**
 * Demo mode runs against the simulated AWS with a well-known admin, so it must never reach a real installation's
 * database or network. It starts on its own only on a machine with nothing configured: no DATABASE_URL, no
 * ADMIN_EMAIL and no AWS credentials in sight. Otherwise it takes LAUNCHPAD_DEMO=1, and even then keeps its own
 * SQLite file (LAUNCHPAD_DEMO_DATABASE, data/demo.db), never DATABASE_URL. It listens on loopback unless HOST says.
 * Returns the decision, the reason and how to get the other mode, for the start-up log.
 * @param {Record<string, string | undefined>} env
 * @param {{ awsCredentials: boolean }} seen
 */
export function chooseLaunchMode(env, { awsCredentials }) {
  const configured = ["DATABASE_URL", "ADMIN_EMAIL"].filter((n) => isSet(env, n));
  let demo;
  let reason;
  if (env.LAUNCHPAD_DEMO === "1") [demo, reason] = [true, "LAUNCHPAD_DEMO=1"];
  else if (env.LAUNCHPAD_DEMO === "0") [demo, reason] = [false, "LAUNCHPAD_DEMO=0"];
  else if (configured.length) [demo, reason] = [false, `${configured.join(" and ")} ${configured.length > 1 ? "are" : "is"} set`];
  else if (awsCredentials) [demo, reason] = [false, "AWS credentials were found"];
  else [demo, reason] = [true, "no DATABASE_URL, ADMIN_EMAIL or AWS credentials were found"];
  const databaseUrl = demo ? env.LAUNCHPAD_DEMO_DATABASE || DEMO_DATABASE_URL : env.DATABASE_URL;
  const host = env.HOST || (demo ? "127.0.0.1" : "0.0.0.0");
  const ignored = demo && isSet(env, "DATABASE_URL") ? ` DATABASE_URL is not used: the demo keeps its own database (${databaseUrl}).` : "";
  const other = demo
    ? "For an installation against real AWS (credentials, profile or instance role), set DATABASE_URL or ADMIN_EMAIL, or LAUNCHPAD_DEMO=0."
    : "For the demo against a simulated AWS, with its own database, set LAUNCHPAD_DEMO=1.";
  const summary = demo
    ? `Demo mode (${reason}): a simulated AWS account and a demo admin, listening on ${host}.${ignored} ${other}`
    : `Installation mode (${reason}): AWS through the SDK's credential chain, listening on ${host}. ${other}`;
  return { demo, reason, databaseUrl, host, summary };
}

/** The settings the chosen mode gives the server process (lib/env.ts reads them). */
export const launchSettings = (mode) => (mode.demo ? { LAUNCHPAD_DEMO: "1", DATABASE_URL: mode.databaseUrl } : { LAUNCHPAD_DEMO: "0" });
