// GET /api/queue?<queue params>: one keyset page of the queue as JSON (same params as /queue).
import { authorizeRequest } from "@/lib/auth/adapters";
import { getQueuePage } from "@/lib/moderation/queries";
import { parseQueueParams } from "@/lib/moderation/queue-params";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const user = await authorizeRequest(request, "queue:read");
  if (user instanceof Response) return user;
  const params = parseQueueParams(new URL(request.url).searchParams);
  return Response.json(await getQueuePage(params), { headers: { "Cache-Control": "no-store" } });
}
