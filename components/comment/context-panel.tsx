// The review page's context: the article, the parent comment, the whole thread around the
// comment, and the author's record.
import Link from "next/link";
import type { TReviewComment, TReviewContext } from "@/lib/moderation/review-types";
import { COMMENT_STATUSES, STATUS_LABEL } from "@/lib/moderation/types";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatTime } from "@/components/ui/format-time";
import { safeHttpUrl } from "@/lib/validation/values";

type TProps = { comment: TReviewComment; context: TReviewContext; queue: string };

const box = "rounded-lg border border-slate-200 bg-white p-3";
const href = (id: number, queue: string) =>
  `/comments/${id}${queue ? `?queue=${encodeURIComponent(queue)}` : ""}`;

export function ContextPanel({ comment, context, queue }: TProps) {
  const { article } = comment;
  return (
    <div className="space-y-3">
      <section aria-labelledby="article-h" className={box}>
        <h2 id="article-h" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          Article
        </h2>
        <p className="mt-1 font-medium">
          <Link href={`/articles/${article.id}`} className="hover:underline">
            {article.title}
          </Link>
        </p>
        <p className="mt-1 text-xs text-slate-700">
          {article.hidden ? "Hidden from the public · " : ""}
          {article.commentsOpen ? "Comments open" : "Comments closed"}
          {safeHttpUrl(article.url) ? (
            <>
              {" · "}
              <a
                href={safeHttpUrl(article.url)!}
                target="_blank"
                rel="noreferrer noopener"
                className="underline"
              >
                Original page
              </a>
            </>
          ) : null}
        </p>
        {article.excerpt ? (
          <p className="mt-2 line-clamp-4 text-sm text-slate-700">{article.excerpt}</p>
        ) : null}
      </section>

      {context.parent ? (
        <section aria-labelledby="parent-h" className={box}>
          <h2
            id="parent-h"
            className="text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            In reply to
          </h2>
          <p className="mt-1 text-sm">
            <strong>{context.parent.authorName ?? "Unknown author"}</strong>{" "}
            <StatusBadge status={context.parent.status} />
          </p>
          <p className="mt-1 whitespace-pre-wrap text-sm text-slate-800">
            {context.parent.excerpt}
          </p>
          <Link href={href(context.parent.id, queue)} className="text-sm underline">
            Open the parent comment
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="thread-h" className={box}>
        <h2 id="thread-h" className="text-sm font-semibold uppercase tracking-wide text-slate-600">
          Thread{context.thread.length > 1 ? ` (${context.thread.length})` : ""}
        </h2>
        {context.thread.length <= 1 ? (
          <p className="mt-1 text-sm text-slate-600">
            Not part of a reply thread: no parent and no replies.
          </p>
        ) : (
          <ol className="mt-1 max-h-96 space-y-1 overflow-y-auto text-sm" data-testid="thread">
            {context.thread.map((node) => (
              <li
                key={node.id}
                style={{ marginLeft: `${Math.min(node.depth, 6) * 0.75}rem` }}
                className={`border-l-2 pl-2 ${node.id === comment.id ? "border-blue-600 bg-blue-50" : "border-slate-200"}`}
              >
                <span className="font-medium">{node.authorName ?? "Unknown"}</span>{" "}
                <StatusBadge status={node.status} />
                {node.id === comment.id ? (
                  <p aria-current="true" className="line-clamp-2">
                    {node.excerpt} <span className="sr-only">(this comment)</span>
                  </p>
                ) : (
                  <Link href={href(node.id, queue)} className="line-clamp-2 block hover:underline">
                    {node.excerpt}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      {comment.author && context.authorHistory ? (
        <section aria-labelledby="author-h" className={box}>
          <h2
            id="author-h"
            className="text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            Author: {comment.author.name}
          </h2>
          <dl
            className="mt-1 grid grid-cols-4 gap-1 text-center text-xs"
            data-testid="author-counts"
          >
            {COMMENT_STATUSES.map((s) => (
              <div key={s} className="rounded bg-slate-50 p-1">
                <dt>{STATUS_LABEL[s]}</dt>
                <dd className="text-base font-semibold tabular-nums">
                  {context.authorHistory!.counts[s]}
                </dd>
              </div>
            ))}
          </dl>
          <ul className="mt-2 space-y-1 text-sm">
            {context.authorHistory.recent.map((r) => (
              <li key={r.id}>
                <StatusBadge status={r.status} />{" "}
                {r.id === comment.id ? (
                  <span className="text-slate-700">(this comment)</span>
                ) : (
                  <Link href={href(r.id, queue)} className="hover:underline">
                    {r.excerpt}
                  </Link>
                )}
                <span className="block text-xs text-slate-600">
                  {r.articleTitle} · {formatTime(r.createdAt)}
                </span>
              </li>
            ))}
          </ul>
          <Link
            href={`/authors/${comment.author.id}`}
            className="mt-1 mr-3 inline-block text-sm underline"
            data-testid="context-author-page"
          >
            Author page and actions
          </Link>
          <Link
            href={`/queue?view=all&author=${comment.author.id}`}
            className="mt-1 inline-block text-sm underline"
          >
            All comments by this author
          </Link>
        </section>
      ) : null}
    </div>
  );
}
