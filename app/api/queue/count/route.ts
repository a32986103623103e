// GET /api/queue/count?<queue params>: how many comments the filter matches, up to the bulk cap
// (shown before a moderator confirms a bulk action over "all matching").
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { countQueueMatches } from "@/lib/moderation/queries";
import { parseQueueParams } from "@/lib/moderation/queue-params";
import { rejectedQueueParamsResponse } from "@/lib/moderation/queue-params-strict";
import { BULK_CAP } from "@/lib/moderation/schemas";

export const dynamic = "force-dynamic";

async function handleGET(request: Request) {
  const user = await authorizeRequest(request, "queue:read");
  if (user instanceof Response) return user;
  const search = new URL(request.url).searchParams;
  const invalid = rejectedQueueParamsResponse(search);
  if (invalid) return invalid;
  const count = await countQueueMatches(parseQueueParams(search), BULK_CAP);
  return Response.json(
    { count: Math.min(count, BULK_CAP), over: count > BULK_CAP, cap: BULK_CAP },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export const GET = withOutage503(handleGET);
