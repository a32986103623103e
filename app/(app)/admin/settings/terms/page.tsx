import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { listTerms } from "@/lib/admin/queries";
import { HARM_LABEL } from "@/lib/reports/harms";
import { HARMS } from "@/lib/triage/types";
import { AccessDenied } from "@/components/ui/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { TermsEditor } from "@/components/admin/terms-editor";

export const metadata: Metadata = { title: "Terms and patterns" };

export default async function Page() {
  const { user, allowed } = await pageAccess("settings:manage", "/admin/settings/terms");
  if (!allowed) return <AccessDenied role={user.role} />;
  const terms = await listTerms((await getDb()).sql);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Terms and patterns</h1>
      <AdminNav current="/admin/settings/terms" />
      <TermsEditor terms={terms} harms={HARMS.map((h) => ({ value: h, label: HARM_LABEL[h] }))} />
    </>
  );
}
