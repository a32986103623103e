// The publisher's public, read-only view of an article and its visible comments (no session).
// Visibility comes from lib/moderation/public-queries.ts: hidden articles are a 404, and only
// PENDING / APPROVED comments are ever read.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getPublicArticle, listPublicComments } from "@/lib/moderation/public-queries";
import type { TPublicComment } from "@/lib/moderation/article-types";
import { ReportCommentButton } from "@/components/reader-reports/report-comment-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Article" };

const MAX_PAGES = 10;

function Thread({
  comments,
  parentId,
  depth,
  canReport,
}: {
  comments: TPublicComment[];
  parentId: number | null;
  depth: number;
  canReport: boolean;
}) {
  const children = comments.filter((c) => c.parentId === parentId);
  if (children.length === 0) return null;
  return (
    <ol className={depth ? "ml-5 mt-2 space-y-2 border-l border-slate-200 pl-3" : "space-y-3"}>
      {children.map((c) => (
        <li key={c.id} data-testid="public-comment">
          <article>
            <p className="text-sm font-semibold">{c.author ?? "Anonymous"}</p>
            <p className="whitespace-pre-wrap text-sm">{c.body}</p>
            {canReport ? <ReportCommentButton commentId={c.id} /> : null}
          </article>
          {depth < 8 ? (
            <Thread comments={comments} parentId={c.id} depth={depth + 1} canReport={canReport} />
          ) : null}
        </li>
      ))}
    </ol>
  );
}

export default async function PublicArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const article = await getPublicArticle(id);
  if (!article) notFound();
  const comments: TPublicComment[] = [];
  let after: number | null = null;
  for (let i = 0; i < MAX_PAGES; i++) {
    const page: Awaited<ReturnType<typeof listPublicComments>> = await listPublicComments(
      id,
      after,
    );
    if (!page) notFound();
    comments.push(...page.comments);
    if (!page.nextAfter) break;
    after = page.nextAfter;
  }
  const ids = new Set(comments.map((c) => c.id));
  // A reply whose parent is not shown is listed at the top level rather than dropped.
  const shown = comments.map((c) =>
    c.parentId && !ids.has(c.parentId) ? { ...c, parentId: null } : c,
  );
  return (
    <main className="mx-auto max-w-3xl px-4 py-8">
      <article>
        <h1 className="text-3xl font-bold">{article.title}</h1>
        <div className="mt-4 whitespace-pre-wrap leading-relaxed text-slate-800">
          {article.body}
        </div>
      </article>
      <section aria-labelledby="comments-h" className="mt-8">
        <h2 id="comments-h" className="mb-3 text-xl font-semibold">
          Comments ({shown.length})
        </h2>
        {!article.commentsOpen ? (
          <p className="mb-3 rounded bg-slate-100 px-3 py-2 text-sm">
            Comments are closed for this article.
          </p>
        ) : null}
        {shown.length ? (
          <Thread comments={shown} parentId={null} depth={0} canReport={article.commentsOpen} />
        ) : (
          <p className="text-sm text-slate-600">No comments yet.</p>
        )}
      </section>
    </main>
  );
}
