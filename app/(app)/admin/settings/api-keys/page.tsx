import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { listApiKeys } from "@/lib/admin/queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { ApiKeysManager } from "@/components/admin/api-keys-manager";

export const metadata: Metadata = { title: "API keys" };

export default async function Page() {
  const { user, allowed } = await pageAccess("settings:manage", "/admin/settings/api-keys");
  if (!allowed) return <AccessDenied role={user.role} />;
  const keys = await listApiKeys((await getDb()).sql);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">API keys</h1>
      <AdminNav current="/admin/settings/api-keys" />
      <ApiKeysManager keys={keys} />
    </>
  );
}
