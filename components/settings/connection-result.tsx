import { IAM_FEATURES } from "@/lib/aws/iam-policy";
import type { ConnectionTestResult, PermissionCheck } from "@/lib/aws/connection-test";

const STATUS: Record<PermissionCheck["status"], { label: string; icon: string; className: string }> = {
  granted: { label: "Granted", icon: "✓", className: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100" },
  missing: { label: "Missing", icon: "✗", className: "bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100" },
  error: { label: "Failed", icon: "!", className: "bg-amber-100 text-amber-950 dark:bg-amber-900/40 dark:text-amber-100" },
};

// describeAwsError marks action names with backticks, as in Markdown.
const withCode = (text: string) =>
  text.split("`").map((part, i) =>
    i % 2 ? (
      <code key={i} className="break-all">
        {part}
      </code>
    ) : (
      part
    ),
  );

/** The connection test's answer: who the server is on AWS, then each feature's permission. */
export function ConnectionResult({ result }: { result: ConnectionTestResult }) {
  const { identity } = result;
  return (
    <div data-testid="connection-result" className="space-y-3 text-sm">
      {identity.ok ? (
        <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
          <dt className="text-slate-500 dark:text-slate-400">Account</dt>
          <dd data-testid="connection-account" className="font-mono">
            {identity.account}
          </dd>
          <dt className="text-slate-500 dark:text-slate-400">Principal</dt>
          <dd className="font-mono text-xs break-all">{identity.arn}</dd>
          <dt className="text-slate-500 dark:text-slate-400">Region</dt>
          <dd>
            {result.region} · tested {result.testedAt.replace("T", " ").slice(0, 19)} UTC
          </dd>
        </dl>
      ) : (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-800 dark:bg-red-950 dark:text-red-200">
          Could not reach AWS: {identity.message}
        </p>
      )}
      {result.checks.length > 0 && (
        <ul className="divide-y divide-slate-200 dark:divide-slate-800">
          {result.checks.map((c) => {
            const s = STATUS[c.status];
            return (
              <li
                key={c.action}
                data-testid="permission-check"
                data-action={c.action}
                data-status={c.status}
                className="flex flex-wrap items-start gap-x-3 gap-y-1 py-2"
              >
                <span className={`inline-flex w-24 shrink-0 items-center gap-1 rounded px-2 py-0.5 text-xs font-semibold ${s.className}`}>
                  <span aria-hidden>{s.icon}</span>
                  {s.label}
                </span>
                <span className="min-w-0 flex-1">
                  <code className="font-medium break-all">{c.action}</code>
                  <span className="text-slate-500 dark:text-slate-400"> · {c.features.map((f) => IAM_FEATURES[f].label).join(", ")}</span>
                  <span className="block text-slate-600 dark:text-slate-300">{withCode(c.message)}</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
