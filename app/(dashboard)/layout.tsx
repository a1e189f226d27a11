import { cookies } from "next/headers";
import { AppShell } from "@/components/shell/app-shell";
import { DemoBanner } from "@/components/shell/demo-banner";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const settings = env();
  const demo = settings.LAUNCHPAD_DEMO === "1";
  return (
    <AppShell
      user={user}
      region={settings.AWS_SES_REGION}
      account={demo ? "simulated" : "not read yet"}
      theme={(await cookies()).get("theme")?.value}
      banner={demo ? <DemoBanner /> : undefined}
    >
      {children}
    </AppShell>
  );
}
