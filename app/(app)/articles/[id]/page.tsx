import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/auth/adapters";
import { can } from "@/lib/auth/permissions";
import { getArticleSummary } from "@/lib/moderation/article-queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { ArticleControls } from "@/components/articles/article-controls";
import { HarmChart } from "@/components/articles/harm-chart";
import { StatusCounts } from "@/components/articles/status-counts";
import { HarmChips } from "@/components/ui/harm-chips";
import { StatusBadge } from "@/components/ui/status-badge";
import { safeHttpUrl } from "@/lib/validation/values";

export const metadata: Metadata = { title: "Article" };

const box = "rounded-lg border border-slate-200 bg-white p-4";

export default async function Page({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const { user, allowed } = await pageAccess("article:read", `/articles/${rawId}`);
  if (!allowed) return <AccessDenied role={user.role} />;
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const summary = await getArticleSummary(id);
  if (!summary) notFound();
  const { article } = summary;
  return (
    <div className="space-y-4">
      <header>
        <p className="text-sm">
          <Link href="/articles" className="underline">
            ← Articles
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold">{article.title}</h1>
        <p className="text-sm text-slate-700">
          {article.hidden ? "Hidden from the public site" : "Visible on the public site"} ·{" "}
          {article.commentsOpen ? "comments open" : "comments closed"}
          {safeHttpUrl(article.url) ? (
            <>
              {" "}
              ·{" "}
              <a
                href={safeHttpUrl(article.url)!}
                className="underline"
                target="_blank"
                rel="noreferrer noopener"
              >
                Original page
              </a>
            </>
          ) : null}
          {!article.hidden ? (
            <>
              {" "}
              ·{" "}
              <Link href={`/p/${article.id}`} className="underline">
                Public view
              </Link>
            </>
          ) : null}
        </p>
      </header>
      <section aria-labelledby="controls-h" className={box}>
        <h2
          id="controls-h"
          className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
        >
          Editor controls
        </h2>
        <ArticleControls
          articleId={article.id}
          hidden={article.hidden}
          commentsOpen={article.commentsOpen}
          canHide={can(user.role, "article:hide")}
          canClose={can(user.role, "article:close")}
        />
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="counts-h" className={box}>
          <h2
            id="counts-h"
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            Comments by status
          </h2>
          <StatusCounts articleId={article.id} counts={summary.counts} />
          <Link
            href={`/queue?article=${article.id}`}
            className="mt-2 inline-block text-sm underline"
          >
            Review this article&apos;s queue
          </Link>
        </section>
        <section aria-labelledby="harms-h" className={box}>
          <h2
            id="harms-h"
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            Comments by harm
          </h2>
          <HarmChart harms={summary.harms} />
        </section>
      </div>
      <section aria-labelledby="top-h" className={box}>
        <h2
          id="top-h"
          className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
        >
          Top flagged comments
        </h2>
        {summary.topFlagged.length === 0 ? (
          <p className="text-sm text-slate-600">Nothing flagged in this article.</p>
        ) : (
          <ol className="space-y-2 text-sm">
            {summary.topFlagged.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start gap-2">
                <StatusBadge status={c.status} />
                <HarmChips scores={c.scores} flagged={c.flaggedHarms} />
                <Link
                  href={`/comments/${c.id}?queue=${encodeURIComponent(`view=all&article=${article.id}`)}`}
                  className="min-w-0 flex-1 hover:underline"
                >
                  {c.excerpt} <span className="text-slate-600">— {c.authorName ?? "unknown"}</span>
                </Link>
              </li>
            ))}
          </ol>
        )}
      </section>
      {article.excerpt ? (
        <section aria-labelledby="body-h" className={box}>
          <h2
            id="body-h"
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            Article text (start)
          </h2>
          <p className="whitespace-pre-wrap text-sm text-slate-800">{article.excerpt}</p>
        </section>
      ) : null}
    </div>
  );
}
