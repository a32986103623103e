// Per-moderator work and the articles drawing the most harmful comments.
import Link from "next/link";
import type { TModeratorRow } from "@/lib/reports/queries/timing";
import { HANDLING_BREAK_MINUTES } from "@/lib/reports/queries/timing";
import type { TTopArticle } from "@/lib/reports/queries/articles";
import { TABLE, TD, TH } from "@/components/ui/styles";
import { formatCount, formatDuration } from "./format";

const num = `${TD} text-right tabular-nums`;
const numTh = `${TH} text-right`;

export function ModeratorsTable({ rows }: { rows: TModeratorRow[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No decisions in this period.</p>;
  return (
    <table className={TABLE}>
      <caption className="mb-1 text-left text-xs text-slate-600">
        Handling time: the median gap between one person&apos;s consecutive decisions, ignoring breaks over {HANDLING_BREAK_MINUTES} minutes.
      </caption>
      <thead>
        <tr>
          <th scope="col" className={TH}>Moderator</th>
          <th scope="col" className={numTh}>Decisions</th>
          <th scope="col" className={numTh}>Approved</th>
          <th scope="col" className={numTh}>Flagged</th>
          <th scope="col" className={numTh}>Hidden</th>
          <th scope="col" className={numTh}>Median handling time</th>
          <th scope="col" className={numTh}>Median since import</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.actorId ?? "system"}>
            <th scope="row" className={`${TD} font-medium`}>{r.name}{r.email && r.email !== r.name ? <span className="block text-xs font-normal text-slate-600">{r.email}</span> : null}</th>
            <td className={num}>{formatCount(r.decisions)}</td>
            <td className={num}>{formatCount(r.approved)}</td>
            <td className={num}>{formatCount(r.flagged)}</td>
            <td className={num}>{formatCount(r.hidden)}</td>
            <td className={num}>{formatDuration(r.medianHandlingSeconds)}</td>
            <td className={num}>{formatDuration(r.medianSinceImportSeconds)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TopArticlesTable({ rows }: { rows: TTopArticle[] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No flagged or hidden comments in this period.</p>;
  return (
    <table className={TABLE}>
      <thead>
        <tr>
          <th scope="col" className={TH}>Article</th>
          <th scope="col" className={numTh}>Flagged by moderators</th>
          <th scope="col" className={numTh}>Hidden</th>
          <th scope="col" className={numTh}>Flagged by the engine</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.id}>
            <th scope="row" className={`${TD} font-medium`}><Link href={`/articles/${a.id}`} className="text-blue-800 underline">{a.title}</Link></th>
            <td className={num}>{formatCount(a.flagged)}</td>
            <td className={num}>{formatCount(a.hidden)}</td>
            <td className={num}>{formatCount(a.autoFlagged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
