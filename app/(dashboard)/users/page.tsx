import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { AdminOnly } from "@/components/shell/admin-only";
import { requireUser } from "@/lib/auth/session";
import { listUsers } from "@/lib/users/manage-users";
import { CreateUserForm } from "./_components/create-user-form";
import { RoleForm } from "./_components/role-form";
import { UserAccessButtons } from "./_components/user-access-buttons";

export const metadata: Metadata = { title: "Users" };

export default async function UsersPage() {
  const user = await requireUser();
  if (user.role !== "admin") return <AdminOnly what="Managing users" />;
  const users = await listUsers();
  return (
    <>
      <PageHeader title="Users" description="Who can sign in, and what each may do." />
      <Card title="Add a user" className="mb-6">
        <CreateUserForm />
      </Card>
      <Card title={users.length === 1 ? "1 user" : `${users.length} users`}>
        <table className="w-full text-left text-sm">
          <thead className="text-xs text-slate-500 uppercase">
            <tr>
              <th className="py-2 pr-4">E-mail</th>
              <th className="py-2 pr-4">Name</th>
              <th className="py-2 pr-4">Sign-in</th>
              <th className="py-2 pr-4">Role</th>
              <th className="py-2 pr-4">Status</th>
              <th className="py-2">Access</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-testid={`user-row-${u.email}`} className="border-t border-slate-200 dark:border-slate-800">
                <td className="py-2 pr-4 break-all">{u.email}</td>
                <td className="py-2 pr-4">{u.name ?? "—"}</td>
                <td className="py-2 pr-4">{u.sso ? "Single sign-on" : "Password"}</td>
                <td className="py-2 pr-4">
                  <RoleForm userId={u.id} email={u.email} role={u.role} />
                </td>
                <td className="py-2 pr-4">
                  {u.disabled ? <span className="font-medium text-red-700 dark:text-red-400">Disabled</span> : "Active"}
                </td>
                <td className="py-2">
                  {u.id === user.id ? (
                    <span className="text-slate-500">You</span>
                  ) : (
                    <UserAccessButtons userId={u.id} email={u.email} disabled={u.disabled} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
    </>
  );
}
