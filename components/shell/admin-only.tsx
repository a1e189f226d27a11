import { Card } from "@/components/ui/card";

export function AdminOnly({ what }: { what: string }) {
  return (
    <Card>
      <p className="font-medium">{what} needs the admin role.</p>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Ask an admin of this dashboard to change your role on the Users page.
      </p>
    </Card>
  );
}
