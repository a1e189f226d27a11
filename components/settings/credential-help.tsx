import type { CredentialSource } from "@/lib/settings/credential-source";

/** How the server reaches AWS, and why keys are never typed into the dashboard. */
export function CredentialHelp({ source }: { source: CredentialSource }) {
  return (
    <div className="space-y-3 text-sm">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="text-slate-500 dark:text-slate-400">Credentials</dt>
        <dd data-testid="credential-source">{source.summary}</dd>
        {source.details.length > 0 && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Because</dt>
            <dd>{source.details.join("; ")}</dd>
          </>
        )}
        {source.endpoint && (
          <>
            <dt className="text-slate-500 dark:text-slate-400">Endpoint</dt>
            <dd className="font-mono text-xs break-all">{source.endpoint}</dd>
          </>
        )}
      </dl>
      <p>
        Access keys are never typed into this page. The dashboard stores no AWS secret, so none can leak from its database, its backups or a
        browser. The server uses the AWS SDK&apos;s default credential chain; give it credentials in one of these ways, then restart it:
      </p>
      <ol className="list-decimal space-y-1 pl-5">
        <li>
          <span className="font-medium">A role of the machine</span> (recommended): an EC2 instance profile, an ECS task role, or an EKS
          service account (IRSA or Pod Identity). Credentials are short-lived and rotate on their own.
        </li>
        <li>
          <span className="font-medium">A profile</span>: IAM Identity Center (SSO) or a role to assume in <code>~/.aws/config</code>,
          chosen with <code>AWS_PROFILE</code>.
        </li>
        <li>
          <span className="font-medium">Environment variables</span> <code>AWS_ACCESS_KEY_ID</code> and <code>AWS_SECRET_ACCESS_KEY</code>{" "}
          of a user limited to the policy below, from your platform&apos;s secret store: the last resort, as these keys do not expire.
        </li>
      </ol>
    </div>
  );
}
