import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { listUsers } from "@/lib/admin/queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { CreateUserForm } from "@/components/admin/create-user-form";
import { UsersTable } from "@/components/admin/users-table";

export const metadata: Metadata = { title: "Users" };

export default async function Page() {
  const { user, allowed } = await pageAccess("users:manage", "/admin/users");
  if (!allowed) return <AccessDenied role={user.role} />;
  const users = await listUsers((await getDb()).sql);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Users</h1>
      <AdminNav current="/admin/users" />
      <CreateUserForm />
      <UsersTable users={users} currentUserId={user.id} />
    </>
  );
}
