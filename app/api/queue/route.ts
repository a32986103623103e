// GET /api/queue?<queue params>: one keyset page of the queue as JSON (same params as /queue), with a
// Server-Timing header (session, query, total).
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { getQueuePage } from "@/lib/moderation/queries";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { rejectedQueueParamsResponse } from "@/lib/moderation/queue-params-strict";
import { withServerTiming } from "@/lib/perf/server-timing";

export const dynamic = "force-dynamic";

async function handleGET(request: Request) {
  return withServerTiming(() => queuePage(request));
}

async function queuePage(request: Request): Promise<Response> {
  const user = await authorizeRequest(request, "queue:read");
  if (user instanceof Response) return user;
  const search = new URL(request.url).searchParams;
  const invalid = rejectedQueueParamsResponse(search);
  if (invalid) return invalid;
  const params = parseQueueParams(search);
  return Response.json(await getQueuePage(params), { headers: { "Cache-Control": "no-store" } });
}

export const GET = withOutage503(handleGET);
