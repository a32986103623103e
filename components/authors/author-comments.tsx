// An author's comments: status, scores, held / reported marks, the article, when.
import Link from "next/link";
import type { TAuthorCommentRow } from "@/lib/authors/types";
import { HarmChips } from "@/components/ui/harm-chips";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatTime } from "@/components/ui/format-time";

export function AuthorComments({
  authorId,
  rows,
}: {
  authorId: number;
  rows: TAuthorCommentRow[];
}) {
  if (rows.length === 0) return <p className="text-sm text-slate-600">No comments.</p>;
  const queue = encodeURIComponent(`view=all&author=${authorId}`);
  return (
    <table className="w-full text-left text-sm" data-testid="author-comments">
      <thead className="text-xs uppercase text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-2">
            Status
          </th>
          <th scope="col" className="py-1 pr-2">
            Scores
          </th>
          <th scope="col" className="py-1 pr-2">
            Comment
          </th>
          <th scope="col" className="py-1 pr-2">
            Priority
          </th>
          <th scope="col" className="py-1">
            When
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr
            key={c.id}
            className="border-t border-slate-100 align-top"
            data-testid="author-comment-row"
          >
            <td className="py-1.5 pr-2">
              <StatusBadge status={c.status} category={c.flagCategory} />
              {c.heldReason && c.status === "PENDING" ? (
                <span className="mt-1 block text-xs text-amber-900">Held: {c.heldReason}</span>
              ) : null}
              {c.openReports ? (
                <span className="mt-1 block text-xs text-red-900">
                  {c.openReports} open report{c.openReports === 1 ? "" : "s"}
                </span>
              ) : null}
            </td>
            <td className="py-1.5 pr-2">
              <HarmChips scores={c.scores} flagged={c.flaggedHarms} />
            </td>
            <td className="py-1.5 pr-2">
              <Link href={`/comments/${c.id}?queue=${queue}`} className="hover:underline">
                {c.excerpt}
              </Link>
              <span className="block text-xs text-slate-600">
                on{" "}
                <Link href={`/articles/${c.articleId}`} className="underline">
                  {c.articleTitle}
                </Link>
              </span>
            </td>
            <td className="py-1.5 pr-2 tabular-nums">{Math.round(c.priority)}</td>
            <td className="py-1.5 whitespace-nowrap text-slate-700">
              {formatTime(c.postedAt ?? c.createdAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
