// GET /api/queue/counts?<queue params>: the views' counts for the tabs, refreshed live while the
// queue is open (someone else's decision moves a comment from one view to another).
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { getViewCounts } from "@/lib/moderation/queries";
import { parseQueueParams } from "@/lib/moderation/queue-params";

export const dynamic = "force-dynamic";

async function handleGET(request: Request) {
  const user = await authorizeRequest(request, "queue:read");
  if (user instanceof Response) return user;
  const counts = await getViewCounts(parseQueueParams(new URL(request.url).searchParams));
  return Response.json(counts, { headers: { "Cache-Control": "no-store" } });
}

export const GET = withOutage503(handleGET);
