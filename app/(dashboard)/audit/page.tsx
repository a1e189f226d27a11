import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AdminOnly } from "@/components/shell/admin-only";
import { listAudit } from "@/lib/audit/record-audit";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditPage() {
  const user = await requireUser();
  if (user.role !== "admin") return <AdminOnly what="Reading the audit log" />;
  const entries = await listAudit();
  return (
    <>
      <PageHeader title="Audit log" description="Every change and sign-in: who, when, what, from which address. Newest first." />
      <Card>
        {entries.length === 0 ? (
          <p className="text-sm">No entries yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs text-slate-500 uppercase">
                <tr>
                  <th className="py-2 pr-4">When (UTC)</th>
                  <th className="py-2 pr-4">Who</th>
                  <th className="py-2 pr-4">What</th>
                  <th className="py-2 pr-4">Target</th>
                  <th className="py-2 pr-4">Account · region</th>
                  <th className="py-2 pr-4">Details</th>
                  <th className="py-2">Address</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((e) => (
                  <tr key={e.id} className="border-t border-slate-200 align-top dark:border-slate-800">
                    <td className="py-2 pr-4 font-mono text-xs whitespace-nowrap">
                      {e.createdAt.toISOString().replace("T", " ").slice(0, 19)}
                    </td>
                    <td className="py-2 pr-4 break-all">{e.actorEmail}</td>
                    <td className="py-2 pr-4 font-mono text-xs">{e.action}</td>
                    <td className="py-2 pr-4 break-all">{e.target ?? ""}</td>
                    <td className="py-2 pr-4 font-mono text-xs whitespace-nowrap">{[e.account, e.region].filter(Boolean).join(" · ")}</td>
                    <td className="py-2 pr-4 font-mono text-xs break-all">{e.details ?? ""}</td>
                    <td className="py-2 font-mono text-xs">{e.ip ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
