import { cookies } from "next/headers";
import { AppShell } from "@/components/shell/app-shell";
import { DangerBanner } from "@/components/shell/danger-banner";
import { DemoBanner } from "@/components/shell/demo-banner";
import { currentAccount } from "@/lib/accounts/account-context";
import { listAccounts } from "@/lib/accounts/account-registry";
import { callerAccountId } from "@/lib/aws/caller-identity";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { configuredRegions } from "@/lib/settings/regions";
import { selectedRegion } from "@/lib/settings/selected-region";
import { getAccountView } from "@/lib/snapshots/account-view";
import { worstDanger } from "@/lib/reputation/danger";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const settings = env();
  const demo = settings.LAUNCHPAD_DEMO === "1";
  const [region, accounts, chosen, regions] = await Promise.all([selectedRegion(), listAccounts(), currentAccount(), configuredRegions()]);
  // The worst region of the current account, from the stored readings: danger is shown on every page without an AWS call.
  const dangers = await Promise.all(regions.map(async (r) => ({ region: r, danger: (await getAccountView(r)).danger })));
  const worst = worstDanger(dangers);
  // The header never waits long on AWS: a slow or failing credential chain shows "not connected".
  const account = await Promise.race([callerAccountId(region), new Promise<null>((r) => setTimeout(() => r(null), 300))]);
  return (
    <AppShell
      user={user}
      region={region}
      regions={regions}
      account={account ? `${account}${demo ? " (simulated)" : ""}` : "not connected"}
      accounts={accounts.map((a) => ({ id: a.id, name: a.name }))}
      currentAccount={chosen.id}
      theme={(await cookies()).get("theme")?.value}
      banner={
        <>
          {demo && <DemoBanner />}
          {worst && <DangerBanner region={worst.region} danger={worst.danger} />}
        </>
      }
    >
      {children}
    </AppShell>
  );
}
