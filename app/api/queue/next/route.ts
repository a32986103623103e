// GET /api/queue/next?from=<id>&dir=next|previous&<queue params>: the adjacent comment in queue
// order that nobody else is reviewing (the review page's j / k keys).
import { z } from "zod";
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { findAdjacentComment } from "@/lib/moderation/queries";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { rejectedQueueParamsResponse } from "@/lib/moderation/queue-params-strict";
import { ZDbIdText } from "@/lib/validation/values";

export const dynamic = "force-dynamic";

const ZNext = z.object({ from: ZDbIdText, dir: z.enum(["next", "previous"]).catch("next") });

async function handleGET(request: Request) {
  const user = await authorizeRequest(request, "queue:read");
  if (user instanceof Response) return user;
  const search = new URL(request.url).searchParams;
  const parsed = ZNext.safeParse({ from: search.get("from"), dir: search.get("dir") ?? undefined });
  if (!parsed.success)
    return Response.json(
      { error: "Say which comment to start from (from=<comment id>).", code: "validation" },
      { status: 400 },
    );
  search.delete("from"); // the queue's own date filter is not part of this route
  const invalid = rejectedQueueParamsResponse(search);
  if (invalid) return invalid;
  const id = await findAdjacentComment(
    parseQueueParams(search),
    parsed.data.from,
    parsed.data.dir,
    user.id,
  );
  return Response.json({ id }, { headers: { "Cache-Control": "no-store" } });
}

export const GET = withOutage503(handleGET);
