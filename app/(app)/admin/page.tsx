import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Admin" };

export default async function Page() {
  const { user, allowed } = await pageAccess("users:manage", "/admin");
  if (!allowed) return <AccessDenied role={user.role} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Admin</h1>
      <EmptyState title="Users and settings">Manage users, roles, thresholds, rules and API keys.</EmptyState>
    </>
  );
}
