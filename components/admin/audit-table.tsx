// One page of the audit log: when, who, what, on which target (linked), and before → after.
import Link from "next/link";
import type { TAuditRow } from "@/lib/admin/audit-log";
import { auditSearchParams, type TAuditFilters } from "@/lib/admin/audit-filters";
import { AuditDiff } from "./audit-diff";
import { TABLE, TD, TH } from "@/components/ui/styles";

const SETTINGS_PAGE: Record<string, string> = {
  SETTING: "/admin/settings",
  TERM: "/admin/settings/terms",
  RULE: "/admin/settings/rules",
  FACTCHECK: "/admin/settings/fact-checks",
  APIKEY: "/admin/settings/api-keys",
};

function targetHref(row: TAuditRow): string | null {
  if (row.targetType === "COMMENT" && /^\d+$/.test(row.targetId)) return `/comments/${row.targetId}`;
  if (row.targetType === "ARTICLE" && /^\d+$/.test(row.targetId)) return `/articles/${row.targetId}`;
  if (row.targetType === "USER") return "/admin/users";
  return SETTINGS_PAGE[row.targetType] ?? null;
}

function Target({ row, filters }: { row: TAuditRow; filters: TAuditFilters }) {
  const href = targetHref(row);
  const label = `${row.targetType.toLowerCase().replace("_", " ")} ${row.targetId}`;
  return (
    <>
      {href ? <Link href={href} className="text-blue-800 underline">{label}</Link> : label}
      <br />
      <Link href={`/admin/audit${auditSearchParams({ ...filters, targetType: row.targetType as TAuditFilters["targetType"], targetId: row.targetId })}`} className="text-xs text-slate-600 underline">
        history<span className="sr-only"> of {label}</span>
      </Link>
    </>
  );
}

export function AuditTable({ rows, filters }: { rows: TAuditRow[]; filters: TAuditFilters }) {
  return (
    <table className={TABLE}>
      <caption className="sr-only">Audit log entries, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className={TH}>When (UTC)</th>
          <th scope="col" className={TH}>Who</th>
          <th scope="col" className={TH}>Action</th>
          <th scope="col" className={TH}>Target</th>
          <th scope="col" className={`${TH} w-2/5`}>Before → after</th>
          <th scope="col" className={TH}>Reason / batch</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={`${TD} whitespace-nowrap font-mono text-xs`}>{r.createdAt.slice(0, 10)}<br />{r.createdAt.slice(11, 19)}</td>
            <td className={TD}>{r.actorName ?? r.actorEmail ?? "system"}{r.actorName && r.actorEmail ? <><br /><span className="text-xs text-slate-600">{r.actorEmail}</span></> : null}</td>
            <td className={`${TD} font-mono text-xs`}>{r.action}{r.undoOf ? <><br /><span className="text-slate-600">undoes #{r.undoOf}</span></> : null}</td>
            <td className={TD}><Target row={r} filters={filters} /></td>
            <td className={TD}><AuditDiff before={r.before} after={r.after} /></td>
            <td className={`${TD} text-xs`}>
              {r.reason ?? ""}
              {r.batchId ? <><br /><Link className="text-blue-800 underline" href={`/admin/audit${auditSearchParams({ batch: r.batchId })}`}>batch {r.batchId.slice(0, 8)}</Link></> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
