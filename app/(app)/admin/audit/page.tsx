import type { Metadata } from "next";
import Link from "next/link";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { auditSearchParams, parseAuditFilters } from "@/lib/audit/filters";
import { loadAuditPage } from "@/lib/audit/queries";
import { listUsers } from "@/lib/admin/queries";
import { KNOWN_AUDIT_ACTIONS } from "@/lib/audit/actions";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { AdminNav } from "@/components/admin/admin-nav";
import { AuditFiltersForm } from "@/components/admin/audit-filters-form";
import { AuditTable } from "@/components/admin/audit-table";

export const metadata: Metadata = { title: "Audit log" };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await pageAccess("audit:read", "/admin/audit");
  if (!allowed) return <AccessDenied role={user.role} />;
  const filters = parseAuditFilters(await searchParams);
  const db = await getDb();
  const [page, users] = await Promise.all([loadAuditPage(db.sql, filters), listUsers(db.sql)]);
  const base = { ...filters, before: undefined, after: undefined };
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Audit log</h1>
      <AdminNav current="/admin/audit" />
      <p className="mb-3 max-w-prose text-sm text-slate-700">
        Every moderation and admin change, append-only: the database refuses edits and deletions of
        these rows.
      </p>
      <AuditFiltersForm filters={filters} actors={users} actions={KNOWN_AUDIT_ACTIONS} />
      {page.rows.length === 0 ? (
        auditSearchParams(base) ? (
          <EmptyState title="No entries match">
            Try a wider date range or clear the filters.
          </EmptyState>
        ) : (
          <EmptyState title="Nothing recorded yet">
            Moderation decisions and admin changes appear here as they happen.
          </EmptyState>
        )
      ) : (
        <AuditTable rows={page.rows} filters={filters} />
      )}
      <nav aria-label="Audit log pages" className="no-print mt-4 flex gap-4 text-sm">
        {page.newerCursor ? (
          <Link
            rel="prev"
            className="text-blue-800 underline"
            href={`/admin/audit${auditSearchParams(base, { after: page.newerCursor })}`}
          >
            ← Newer
          </Link>
        ) : null}
        {filters.before || filters.after ? (
          <Link className="text-blue-800 underline" href={`/admin/audit${auditSearchParams(base)}`}>
            Newest
          </Link>
        ) : null}
        {page.olderCursor ? (
          <Link
            rel="next"
            className="text-blue-800 underline"
            href={`/admin/audit${auditSearchParams(base, { before: page.olderCursor })}`}
          >
            Older →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
