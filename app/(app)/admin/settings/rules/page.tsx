import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { listRules } from "@/lib/admin/queries";
import { HARM_LABEL } from "@/lib/reports/harms";
import { HARMS } from "@/lib/triage/types";
import { AccessDenied } from "@/components/ui/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { RulesEditor } from "@/components/admin/rules-editor";

export const metadata: Metadata = { title: "Auto-moderation rules" };

export default async function Page() {
  const { user, allowed } = await pageAccess("settings:manage", "/admin/settings/rules");
  if (!allowed) return <AccessDenied role={user.role} />;
  const rules = await listRules((await getDb()).sql);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Auto-moderation rules</h1>
      <AdminNav current="/admin/settings/rules" />
      <RulesEditor rules={rules} harms={HARMS.map((h) => ({ value: h, label: HARM_LABEL[h] }))} />
    </>
  );
}
