import { z } from "zod";
import { parseAllowList } from "./net/address-policy";

/**
 * Every setting the server reads, parsed once. This is the only module that
 * reads process.env for the app's own settings; AWS credentials are left to the
 * SDK's default chain (environment, profiles, SSO, instance roles).
 */
const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  DATABASE_URL: z
    .string()
    .default("file:./data/launchpad.db")
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    }),
  AUTH_SECRET: optional,
  // Derived by scripts/start.mjs (AUTH_SECRET, else a secret kept in the data directory). next-auth reads it itself;
  // lib/auth/session.ts decodes the session cookie with it. Not trimmed: it must be the very value next-auth uses.
  NEXTAUTH_SECRET: z.string().optional(),
  APP_URL: optional,
  ADMIN_EMAIL: optional,
  ADMIN_PASSWORD: optional,
  OIDC_ISSUER: optional,
  OIDC_CLIENT_ID: optional,
  OIDC_CLIENT_SECRET: optional,
  OIDC_NAME: z.string().default("Single sign-on"),
  OIDC_DEFAULT_ROLE: z.enum(["admin", "operator", "viewer"]).default("viewer"),
  AWS_SES_REGION: z.string().default("us-east-1"),
  AWS_SES_FROM_EMAIL: optional,
  // Comma-separated regions the dashboard watches; AWS_SES_REGION is always among them and comes first.
  AWS_SES_REGIONS: optional,
  COLLECT_INTERVAL_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  RETAIN_RAW_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
  RETAIN_HOURLY_DAYS: z.coerce.number().int().min(1).max(3650).default(730),
  LAUNCHPAD_DEMO: z.enum(["0", "1"]).optional(),
  // The demo's own SQLite file: demo mode never uses DATABASE_URL (scripts/launch-mode.mjs).
  LAUNCHPAD_DEMO_DATABASE: z
    .string()
    .default("file:./data/demo.db")
    .refine((v) => v.startsWith("file:"), { message: "must be a SQLite file: URL" }),
  TRUST_PROXY: z.enum(["0", "1"]).default("0"),
  // host or host:port, comma-separated; unset means the system's resolvers.
  DNS_SERVERS: optional,
  // Internal hosts (names, addresses, CIDR ranges; comma-separated) that alert webhooks and the website probe may reach.
  OUTBOUND_ALLOW_HOSTS: optional.refine((v) => {
    try {
      parseAllowList(v);
      return true;
    } catch {
      return false;
    }
  }, "use host names, IP addresses or CIDR ranges, separated by commas"),
  // Bearer token for GET /metrics (Prometheus); unset means /metrics answers 404.
  METRICS_TOKEN: optional,
  // Messages below which a rate is shown as "not enough volume" rather than a verdict.
  REPUTATION_MIN_VOLUME: z.coerce.number().int().min(1).max(1_000_000).default(100),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export class SettingError extends Error {}

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new SettingError(`Setting ${issue.path.join(".")} is invalid: ${issue.message}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= readEnv();
  return cached;
}

export const oidcConfigured = (e: Env = env()) => Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET);

export const isDemo = (e: Env = env()) => e.LAUNCHPAD_DEMO === "1";

const REGION = /^[a-z]{2}(-gov)?-[a-z]+-\d$/;

/** The configured regions, the default one first. An unrecognizable name stops the server at start, like any bad setting. */
export function regions(e: Env = env()): string[] {
  const extra = (e.AWS_SES_REGIONS ?? "")
    .split(",")
    .map((r) => r.trim())
    .filter(Boolean);
  const list = [...new Set([e.AWS_SES_REGION, ...extra])];
  const bad = list.find((r) => !REGION.test(r));
  if (bad) throw new SettingError(`Setting AWS_SES_REGIONS is invalid: "${bad}" is not an AWS region name`);
  return list;
}
