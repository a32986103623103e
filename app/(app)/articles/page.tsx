import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Articles" };

export default async function Page() {
  const { user, allowed } = await pageAccess("article:read", "/articles");
  if (!allowed) return <AccessDenied role={user.role} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Articles</h1>
      <EmptyState title="No articles yet">Import a page or an export on the Import page to see articles here.</EmptyState>
    </>
  );
}
