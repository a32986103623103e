// One page of the audit log: when, who, what, on which target (linked), and before → after.
import Link from "next/link";
import type { TAuditRow } from "@/lib/audit/queries";
import { auditSearchParams, type TAuditFilters } from "@/lib/audit/filters";
import { AuditDiff } from "./audit-diff";
import { DataTable, type TColumn } from "@/components/ui/data-table";

const SETTINGS_PAGE: Record<string, string> = {
  SETTING: "/admin/settings",
  TERM: "/admin/settings/terms",
  RULE: "/admin/settings/rules",
  FACTCHECK: "/admin/settings/fact-checks",
  APIKEY: "/admin/settings/api-keys",
};

function targetHref(row: TAuditRow): string | null {
  if (row.targetType === "COMMENT" && /^\d+$/.test(row.targetId))
    return `/comments/${row.targetId}`;
  if (row.targetType === "ARTICLE" && /^\d+$/.test(row.targetId))
    return `/articles/${row.targetId}`;
  if (row.targetType === "USER") return "/admin/users";
  return SETTINGS_PAGE[row.targetType] ?? null;
}

function Target({ row, filters }: { row: TAuditRow; filters: TAuditFilters }) {
  const href = targetHref(row);
  const label = `${row.targetType.toLowerCase().replace("_", " ")} ${row.targetId}`;
  return (
    <>
      {href ? (
        <Link href={href} className="text-blue-800 underline">
          {label}
        </Link>
      ) : (
        label
      )}
      <br />
      <Link
        href={`/admin/audit${auditSearchParams({ ...filters, targetType: row.targetType as TAuditFilters["targetType"], targetId: row.targetId })}`}
        className="text-xs text-slate-600 underline"
      >
        history<span className="sr-only"> of {label}</span>
      </Link>
    </>
  );
}

function columns(filters: TAuditFilters): TColumn<TAuditRow>[] {
  return [
    {
      key: "when",
      header: "When (UTC)",
      cellClassName: "whitespace-nowrap font-mono text-xs",
      cell: (r) => (
        <>
          {r.createdAt.slice(0, 10)}
          <br />
          {r.createdAt.slice(11, 19)}
        </>
      ),
    },
    {
      key: "who",
      header: "Who",
      cell: (r) => (
        <>
          {r.actorName ?? r.actorEmail ?? "system"}
          {r.actorName && r.actorEmail ? (
            <>
              <br />
              <span className="text-xs text-slate-600">{r.actorEmail}</span>
            </>
          ) : null}
        </>
      ),
    },
    {
      key: "action",
      header: "Action",
      cellClassName: "font-mono text-xs",
      cell: (r) => (
        <>
          {r.action}
          {r.undoOf ? (
            <>
              <br />
              <span className="text-slate-600">undoes #{r.undoOf}</span>
            </>
          ) : null}
        </>
      ),
    },
    { key: "target", header: "Target", cell: (r) => <Target row={r} filters={filters} /> },
    {
      key: "diff",
      header: "Before → after",
      headerClassName: "w-2/5",
      cell: (r) => <AuditDiff before={r.before} after={r.after} />,
    },
    {
      key: "reason",
      header: "Reason / batch",
      cellClassName: "text-xs",
      cell: (r) => (
        <>
          {r.reason ?? ""}
          {r.batchId ? (
            <>
              <br />
              <Link
                className="text-blue-800 underline"
                href={`/admin/audit${auditSearchParams({ batch: r.batchId })}`}
              >
                batch {r.batchId.slice(0, 8)}
              </Link>
            </>
          ) : null}
        </>
      ),
    },
  ];
}

export function AuditTable({ rows, filters }: { rows: TAuditRow[]; filters: TAuditFilters }) {
  return (
    <DataTable
      columns={columns(filters)}
      rows={rows}
      rowKey={(r) => r.id}
      caption="Audit log entries, newest first"
      captionClassName="sr-only"
    />
  );
}
