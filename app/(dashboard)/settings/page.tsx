import type { Metadata } from "next";
import { CredentialHelp } from "@/components/settings/credential-help";
import { PolicyGenerator } from "@/components/settings/policy-generator";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { currentAccount } from "@/lib/accounts/account-context";
import { listAccounts } from "@/lib/accounts/account-registry";
import { describeAccess, roleAccountNumber } from "@/lib/accounts/aws-account";
import { DEMO_SECOND_ACCOUNT } from "@/lib/accounts/demo-second-account";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { isDemo } from "@/lib/env";
import { serverCredentialSource } from "@/lib/settings/credential-source";
import { fromAddressSources } from "@/lib/settings/from-address-setting";
import { watchedRegions } from "@/lib/settings/regions";
import { selectedRegion } from "@/lib/settings/selected-region";
import { fromAddressWarning, SES_REGIONS } from "@/lib/validation/aws-settings";
import { AccountList } from "./_components/account-list";
import { ConnectionTestForm } from "./_components/connection-test-form";
import { FromAddressForm } from "./_components/from-address-form";
import { RegionList } from "./_components/region-list";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const [user, regions, from, region, accounts, account] = await Promise.all([
    requireUser(),
    watchedRegions(),
    fromAddressSources(),
    selectedRegion(),
    listAccounts(),
    currentAccount(),
  ]);
  const isAdmin = hasRole(user.role, "admin");
  const names = regions.map((r) => r.name);
  const effectiveFrom = from.saved ?? from.environment;
  const roleArns = accounts.flatMap((a) => (a.kind === "role" ? [a.roleArn] : []));
  return (
    <>
      <PageHeader
        title="Settings"
        description="How the server reaches AWS, the regions it watches, the address it sends from, and the permissions it needs."
      />
      <div className="space-y-4">
        <Card title="AWS connection">
          <CredentialHelp source={serverCredentialSource(isDemo())} />
          {hasRole(user.role, "operator") ? (
            <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
              <ConnectionTestForm
                regions={names}
                current={names.includes(region) ? region : names[0]!}
                accounts={accounts.map((a) => ({ id: a.id, name: a.name }))}
                currentAccount={account.id}
              />
            </div>
          ) : (
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">Operators and admins can test the connection from here.</p>
          )}
        </Card>
        <Card title="Accounts">
          <div className="mb-3 space-y-2 text-sm text-slate-600 dark:text-slate-400">
            <p>
              Every account is read in every watched region. Besides the server&apos;s own credentials, the server can reach an account
              through a role it assumes (STS AssumeRole, 15-minute sessions named <code>ses-launchpad</code>, renewed before they expire) or
              a profile in its own <code>~/.aws/config</code>. Only the role ARN, external id or profile name is stored: no access key, so
              there is none to leak or rotate.
            </p>
            {isDemo() && (
              <p data-testid="demo-account-help">
                Demo: a second simulated account answers to the role <code className="break-all">{DEMO_SECOND_ACCOUNT.roleArn}</code> with
                the external id <code>{DEMO_SECOND_ACCOUNT.externalId}</code>.
              </p>
            )}
          </div>
          <AccountList
            accounts={accounts.map((a) => ({
              id: a.id,
              name: a.name,
              access: describeAccess(a),
              accountNumber: a.kind === "role" ? roleAccountNumber(a.roleArn) : undefined,
            }))}
            canEdit={isAdmin}
          />
        </Card>
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="Regions">
            <p className="mb-2 text-sm text-slate-600 dark:text-slate-400">
              Production access, quotas and identities are separate in every region. The header&apos;s switcher offers these.
            </p>
            <RegionList regions={regions} canEdit={isAdmin} suggestions={SES_REGIONS} />
          </Card>
          <Card title="From address">
            {isAdmin ? (
              <FromAddressForm saved={from.saved} environment={from.environment} warning={fromAddressWarning(effectiveFrom)} />
            ) : (
              <div className="space-y-2 text-sm">
                <p>
                  {effectiveFrom ? <span className="font-mono">{effectiveFrom}</span> : "None set."}{" "}
                  <span className="text-slate-500 dark:text-slate-400">
                    {from.saved ? "(saved here)" : effectiveFrom ? "(from AWS_SES_FROM_EMAIL)" : ""}
                  </span>
                </p>
                {fromAddressWarning(effectiveFrom) && (
                  <p className="text-amber-800 dark:text-amber-200">{fromAddressWarning(effectiveFrom)}</p>
                )}
                <p className="text-slate-600 dark:text-slate-400">Admins change it here.</p>
              </div>
            )}
          </Card>
        </div>
        <Card title="Least-privilege IAM policy">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Attach this to the role or user the server runs as. It grants only the calls the dashboard makes for the features you use.
          </p>
          {roleArns.length > 0 && (
            <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
              With roles of other accounts watched, the server&apos;s own policy also allows <code>sts:AssumeRole</code> on exactly those
              roles; attach the same policy, without that statement, to each role in its account.
            </p>
          )}
          <PolicyGenerator regions={names} fromAddress={effectiveFrom} assumeRoles={roleArns} />
        </Card>
      </div>
    </>
  );
}
