// Reads the append-only audit log for the audit page: filtered, newest first, keyset pages over
// (createdAt desc, id desc). There is deliberately no write path here or anywhere but recordAudit.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import { AUDIT_PAGE_SIZE, parseCursor, type TAuditFilters } from "./filters";
import { isoText, SqlParams } from "@/lib/reports/sql";

export type TAuditRow = {
  id: number;
  createdAt: string;
  cursor: string;
  actorId: string | null;
  actorEmail: string | null;
  actorName: string | null;
  targetType: string;
  targetId: string;
  action: string;
  before: unknown;
  after: unknown;
  reason: string | null;
  batchId: string | null;
  undoOf: number | null;
};

export type TAuditPage = {
  rows: TAuditRow[];
  olderCursor: string | null;
  newerCursor: string | null;
};

export async function loadAuditPage(
  sql: TSql,
  filters: TAuditFilters,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<TAuditPage> {
  const p = new SqlParams();
  const conditions: string[] = [];
  if (filters.actor) {
    const actor = p.add(filters.actor);
    conditions.push(`(m."actorId" = ${actor} OR lower(m."actorEmail") = lower(${actor}))`);
  }
  if (filters.action) conditions.push(`m."action" = ${p.add(filters.action)}`);
  if (filters.targetType) conditions.push(`m."targetType" = ${p.add(filters.targetType)}`);
  if (filters.targetId) conditions.push(`m."targetId" = ${p.add(filters.targetId)}`);
  if (filters.batch) conditions.push(`m."batchId" = ${p.add(filters.batch)}`);
  if (filters.from) conditions.push(`m."createdAt" >= ${p.add(filters.from)}::date`);
  if (filters.to) conditions.push(`m."createdAt" < ${p.add(filters.to)}::date + 1`);
  const newerFirst = !filters.after;
  const cursorValue = filters.before ?? filters.after;
  if (cursorValue) {
    const c = parseCursor(cursorValue);
    const op = newerFirst ? "<" : ">";
    conditions.push(
      `(m."createdAt", m."id") ${op} (${p.add(c.at)}::timestamp, ${p.add(c.id)}::int)`,
    );
  }
  const dir = newerFirst ? "DESC" : "ASC";
  const { rows } = await sql.query<TAuditRow>(
    `SELECT m."id", ${isoText(`m."createdAt"`)} AS "createdAt", m."createdAt"::text || '_' || m."id" AS "cursor",
            m."actorId", m."actorEmail", u."name" AS "actorName", m."targetType", m."targetId", m."action",
            m."before", m."after", m."reason", m."batchId", m."undoOf"
     FROM "ModerationAction" m LEFT JOIN "User" u ON u."id" = m."actorId"
     ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
     ORDER BY m."createdAt" ${dir}, m."id" ${dir} LIMIT ${pageSize + 1}`,
    p.values,
  );
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (!newerFirst) page.reverse();
  const first = page[0]?.cursor ?? null;
  const last = page[page.length - 1]?.cursor ?? null;
  return {
    rows: page,
    // Walking older: more rows exist beyond the page when we over-fetched; a page reached via a
    // cursor always has newer rows behind it (and the reverse when walking newer).
    olderCursor: newerFirst ? (more ? last : null) : last,
    newerCursor: newerFirst ? (cursorValue ? first : null) : more ? first : null,
  };
}
