// Admin › Jobs: every background job (imports, scoring, rescoring, external scorers, exports) with
// its status, progress, attempts and last error; the same rows `vigil jobs` lists.
import type { Metadata } from "next";
import Link from "next/link";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { countJobs, listJobs } from "@/lib/jobs/queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { AdminNav } from "@/components/admin/admin-nav";
import { JobsTable } from "@/components/admin/jobs-table";

export const metadata: Metadata = { title: "Jobs" };
export const dynamic = "force-dynamic";

export default async function Page() {
  const { user, allowed } = await pageAccess("jobs:manage", "/admin/jobs");
  if (!allowed) return <AccessDenied role={user.role} />;
  const db = await getDb();
  const [jobs, counts] = await Promise.all([listJobs(db, { limit: 100 }), countJobs(db)]);
  const waiting = counts
    .filter((c) => c.status === "QUEUED" || c.status === "RUNNING")
    .reduce((n, c) => n + c.n, 0);
  const failed = counts.filter((c) => c.status === "FAILED").reduce((n, c) => n + c.n, 0);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Jobs</h1>
      <AdminNav current="/admin/jobs" />
      <p className="mb-3 max-w-prose text-sm text-slate-700">
        Background work runs on workers (<code>npx vigil worker</code>, or inside the app unless
        VIGIL_WORKER=0). A job that fails three times stops here with its error; retry resumes it
        where it stopped. {waiting} waiting or running, {failed} failed.{" "}
        <Link className="text-blue-800 underline" href="/admin/jobs">
          Refresh
        </Link>
      </p>
      {jobs.length === 0 ? (
        <EmptyState title="No jobs yet">
          Imports, scoring and exports appear here when they are queued.
        </EmptyState>
      ) : (
        <JobsTable jobs={jobs} />
      )}
    </>
  );
}
