import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { can } from "@/lib/auth/permissions";
import { listImportJobs } from "@/lib/import/queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { ImportWizard } from "@/components/import/import-wizard";
import { ImportHistory } from "@/components/import/import-history";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const { user, allowed } = await pageAccess("import:read", "/import");
  if (!allowed) return <AccessDenied role={user.role} />;
  const jobs = await listImportJobs();
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">Import</h1>
        <p className="mt-1 text-slate-600">
          Saved article pages with their comments (.html from &quot;Save page as&quot;, or the .txt
          a browser copies), Vigil JSON / JSONL, CSV, WordPress (WXR) and Disqus XML exports. Check
          each file&apos;s preview, fix the split if needed, then import. Re-importing a file
          changes nothing; edited comments are updated.
        </p>
      </div>
      {can(user.role, "import:run") ? <ImportWizard /> : null}
      <ImportHistory jobs={jobs} />
    </div>
  );
}
