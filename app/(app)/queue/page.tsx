import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Queue" };

export default async function Page() {
  const { user, allowed } = await pageAccess("queue:read", "/queue");
  if (!allowed) return <AccessDenied role={user.role} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Queue</h1>
      <EmptyState title="Nothing to review">Comments appear here once articles are imported and scored.</EmptyState>
    </>
  );
}
