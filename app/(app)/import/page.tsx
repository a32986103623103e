import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "Import" };

export default async function Page() {
  const { user, allowed } = await pageAccess("import:read", "/import");
  if (!allowed) return <AccessDenied role={user.role} />;
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Import</h1>
      <EmptyState title="Import articles and comments">Upload raw page text, JSON, CSV, WordPress or Disqus exports.</EmptyState>
    </>
  );
}
