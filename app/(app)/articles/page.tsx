import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { pageAccess } from "@/lib/auth/adapters";
import { listArticles } from "@/lib/moderation/article-queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusCounts } from "@/components/articles/status-counts";
import { formatTime } from "@/components/ui/format-time";

export const metadata: Metadata = { title: "Articles" };

const ZBefore = z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined);

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await pageAccess("article:read", "/articles");
  if (!allowed) return <AccessDenied role={user.role} />;
  const before = ZBefore.parse((await searchParams).before) ?? null;
  const { rows, nextBefore } = await listArticles(before);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Articles</h1>
      {rows.length === 0 ? (
        <EmptyState title="No articles yet">
          Import a page or an export on the Import page to see articles here.
        </EmptyState>
      ) : (
        <table className="w-full border-collapse bg-white text-sm" data-testid="articles-table">
          <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2">
                Article
              </th>
              <th scope="col" className="w-36 px-2 py-2">
                State
              </th>
              <th scope="col" className="w-[26rem] px-2 py-2">
                Comments by status
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.id} className="border-t border-slate-200 align-top">
                <td className="px-2 py-2">
                  <Link href={`/articles/${a.id}`} className="font-medium hover:underline">
                    {a.title}
                  </Link>
                  <p className="text-xs text-slate-600">
                    {[a.source, a.publishedAt ? formatTime(a.publishedAt) : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </p>
                </td>
                <td className="px-2 py-2 text-xs">
                  {a.hidden ? (
                    <span className="rounded bg-slate-800 px-1.5 py-0.5 font-semibold text-white">
                      Hidden
                    </span>
                  ) : (
                    <span>Visible</span>
                  )}
                  <span className="block text-slate-700">
                    {a.commentsOpen ? "Comments open" : "Comments closed"}
                  </span>
                </td>
                <td className="px-2 py-2">
                  <StatusCounts articleId={a.id} counts={a.counts} compact />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages" className="mt-3 flex gap-3 text-sm">
        {before ? (
          <Link href="/articles" className="underline">
            ← Newest
          </Link>
        ) : null}
        {nextBefore ? (
          <Link href={`/articles?before=${nextBefore}`} className="underline" rel="next">
            Older →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
