// GET /api/public/articles/:id/comments?after=<id>: the publisher's public read API. No session:
// only visible comments (PENDING or APPROVED) of a visible article, filtered in SQL; a hidden
// article answers 404 exactly like a missing one.
import { z } from "zod";
import { getPublicArticle, listPublicComments } from "@/lib/moderation/public-queries";
import { withOutage503 } from "@/lib/auth/adapters";

export const dynamic = "force-dynamic";

const ZId = z.coerce.number().int().positive().max(2_147_483_647);

async function handleGET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = ZId.safeParse((await params).id);
  const afterRaw = new URL(request.url).searchParams.get("after");
  const after = afterRaw ? ZId.safeParse(afterRaw) : null;
  if (!id.success || (after && !after.success))
    return Response.json({ error: "Not found." }, { status: 404 });
  const [article, page] = await Promise.all([
    getPublicArticle(id.data),
    listPublicComments(id.data, after?.data ?? null),
  ]);
  if (!article || !page) return Response.json({ error: "Not found." }, { status: 404 });
  return Response.json(
    {
      article: {
        id: article.id,
        title: article.title,
        url: article.url,
        publishedAt: article.publishedAt,
        commentsOpen: article.commentsOpen,
      },
      comments: page.comments,
      nextAfter: page.nextAfter,
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const GET = withOutage503(handleGET);
