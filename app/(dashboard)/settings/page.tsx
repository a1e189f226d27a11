import type { Metadata } from "next";
import { CredentialHelp } from "@/components/settings/credential-help";
import { PolicyGenerator } from "@/components/settings/policy-generator";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "@/lib/auth/session";
import { isDemo } from "@/lib/env";
import { serverCredentialSource } from "@/lib/settings/credential-source";
import { fromAddressSources } from "@/lib/settings/from-address-setting";
import { watchedRegions } from "@/lib/settings/regions";
import { selectedRegion } from "@/lib/settings/selected-region";
import { fromAddressWarning, SES_REGIONS } from "@/lib/validation/aws-settings";
import { ConnectionTestForm } from "./_components/connection-test-form";
import { FromAddressForm } from "./_components/from-address-form";
import { RegionList } from "./_components/region-list";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const [user, regions, from, region] = await Promise.all([requireUser(), watchedRegions(), fromAddressSources(), selectedRegion()]);
  const isAdmin = hasRole(user.role, "admin");
  const names = regions.map((r) => r.name);
  const effectiveFrom = from.saved ?? from.environment;
  return (
    <>
      <PageHeader title="Settings" description="How the server reaches AWS, the regions it watches, the address it sends from, and the permissions it needs." />
      <div className="space-y-4">
        <Card title="AWS connection">
          <CredentialHelp source={serverCredentialSource(isDemo())} />
          {hasRole(user.role, "operator") ? (
            <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
              <ConnectionTestForm regions={names} current={names.includes(region) ? region : names[0]!} />
            </div>
          ) : (
            <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">Operators and admins can test the connection from here.</p>
          )}
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
                  <span className="text-slate-500 dark:text-slate-400">{from.saved ? "(saved here)" : effectiveFrom ? "(from AWS_SES_FROM_EMAIL)" : ""}</span>
                </p>
                {fromAddressWarning(effectiveFrom) && <p className="text-amber-800 dark:text-amber-200">{fromAddressWarning(effectiveFrom)}</p>}
                <p className="text-slate-600 dark:text-slate-400">Admins change it here.</p>
              </div>
            )}
          </Card>
        </div>
        <Card title="Least-privilege IAM policy">
          <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">
            Attach this to the role or user the server runs as. It grants only the calls the dashboard makes for the features you use.
          </p>
          <PolicyGenerator regions={names} fromAddress={effectiveFrom} />
        </Card>
      </div>
    </>
  );
}
