import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Reports" };

export default async function Page() {
  const { user, allowed } = await pageAccess("reports:read", "/reports");
  if (!allowed) return <AccessDenied role={user.role} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Reports</h1>
      <EmptyState title="No moderation activity yet">Charts and exports appear once moderators start working the queue.</EmptyState>
    </>
  );
}
