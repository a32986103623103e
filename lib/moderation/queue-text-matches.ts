// A text search's page read from the full-text index as a set, for a search the walk along the
// sort order did not fill (selectQueuePage): every match under the filters, at most
// TEXT_MATCH_CAP, sorted in memory. Left to itself the planner often walks the sort's index
// testing each row instead, which for a phrase of common words found nowhere near the top of the
// queue reads a whole view.
import type { TSql } from "@/lib/db/connect";
import type { TArgs } from "./queue-where";

/** Past this many matches the page comes from the plain query (the planner's choice). */
export const TEXT_MATCH_CAP = 5000;

type TOrder = { column: string; desc: boolean; idDesc: boolean; isDate: boolean };
type TKeyset = { value: number | string; id: number };

const dir = (desc: boolean) => (desc ? "DESC" : "ASC");

/** "Comes after the keyset in this order", as one condition. */
function afterKeyset(spec: TOrder, keyset: TKeyset, args: TArgs): string {
  const v = spec.isDate
    ? `(${args.add(keyset.value)}::timestamptz AT TIME ZONE 'UTC')`
    : args.add(keyset.value);
  const i = args.add(keyset.id);
  const after = (desc: boolean) => (desc ? "<" : ">");
  if (spec.desc === spec.idDesc) return `(${spec.column}, c."id") ${after(spec.desc)} (${v}, ${i})`;
  return `(${spec.column} ${after(spec.desc)} ${v} OR (${spec.column} = ${v} AND c."id" ${after(spec.idDesc)} ${i}))`;
}

/**
 * The ids of the page (at most limit + 1) after `keyset` in sort order, among the comments
 * `filters` (which include the text search) match; null when more than TEXT_MATCH_CAP match.
 */
export async function textMatchPageIds(
  sql: TSql,
  spec: TOrder,
  filters: string[],
  keyset: TKeyset | null,
  limit: number,
  args: TArgs,
): Promise<number[] | null> {
  const where = keyset ? [...filters, afterKeyset(spec, keyset, args)] : filters;
  const { rows } = await sql.query<{ id: number; n: number }>(
    `WITH m AS MATERIALIZED (SELECT c."id", ${spec.column} AS k FROM "Comment" c WHERE ${where.join(" AND ")}
       LIMIT ${args.add(TEXT_MATCH_CAP + 1)})
     SELECT m."id", (SELECT count(*) FROM m)::int AS n FROM m
     ORDER BY m.k ${dir(spec.desc)}, m."id" ${dir(spec.idDesc)} LIMIT ${args.add(limit + 1)}`,
    args.values,
  );
  if (rows.length && Number(rows[0].n) > TEXT_MATCH_CAP) return null;
  return rows.map((r) => Number(r.id));
}
