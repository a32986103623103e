// Per-moderator work and the articles drawing the most harmful comments.
import Link from "next/link";
import type { TModeratorRow } from "@/lib/reports/queries/timing";
import { HANDLING_BREAK_MINUTES } from "@/lib/reports/queries/timing";
import type { TTopArticle } from "@/lib/reports/queries/articles";
import { DataTable, type TColumn } from "@/components/ui/data-table";
import { formatCount, formatDuration } from "./format";

const MODERATOR_COLUMNS: TColumn<TModeratorRow>[] = [
  {
    key: "name",
    header: "Moderator",
    rowHeader: true,
    cell: (r) => (
      <>
        {r.name}
        {r.email && r.email !== r.name ? (
          <span className="block text-xs font-normal text-slate-600">{r.email}</span>
        ) : null}
      </>
    ),
  },
  { key: "decisions", header: "Decisions", numeric: true, cell: (r) => formatCount(r.decisions) },
  { key: "approved", header: "Approved", numeric: true, cell: (r) => formatCount(r.approved) },
  { key: "flagged", header: "Flagged", numeric: true, cell: (r) => formatCount(r.flagged) },
  { key: "hidden", header: "Hidden", numeric: true, cell: (r) => formatCount(r.hidden) },
  {
    key: "handling",
    header: "Median handling time",
    numeric: true,
    cell: (r) => formatDuration(r.medianHandlingSeconds),
  },
  {
    key: "since-import",
    header: "Median since import",
    numeric: true,
    cell: (r) => formatDuration(r.medianSinceImportSeconds),
  },
];

const ARTICLE_COLUMNS: TColumn<TTopArticle>[] = [
  {
    key: "article",
    header: "Article",
    rowHeader: true,
    cell: (a) => (
      <Link href={`/articles/${a.id}`} className="text-blue-800 underline">
        {a.title}
      </Link>
    ),
  },
  {
    key: "flagged",
    header: "Flagged by moderators",
    numeric: true,
    cell: (a) => formatCount(a.flagged),
  },
  { key: "hidden", header: "Hidden", numeric: true, cell: (a) => formatCount(a.hidden) },
  {
    key: "auto",
    header: "Flagged by the engine",
    numeric: true,
    cell: (a) => formatCount(a.autoFlagged),
  },
];

export function ModeratorsTable({ rows }: { rows: TModeratorRow[] }) {
  if (rows.length === 0)
    return <p className="text-sm text-slate-600">No decisions in this period.</p>;
  return (
    <DataTable
      columns={MODERATOR_COLUMNS}
      rows={rows}
      rowKey={(r) => r.actorId ?? "system"}
      captionClassName="mb-1 text-left text-xs text-slate-600"
      caption={
        <>
          Handling time: the median gap between one person&apos;s consecutive decisions, ignoring
          breaks over {HANDLING_BREAK_MINUTES} minutes.
        </>
      }
    />
  );
}

export function TopArticlesTable({ rows }: { rows: TTopArticle[] }) {
  if (rows.length === 0)
    return <p className="text-sm text-slate-600">No flagged or hidden comments in this period.</p>;
  return <DataTable columns={ARTICLE_COLUMNS} rows={rows} rowKey={(a) => a.id} />;
}
