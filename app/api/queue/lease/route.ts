// POST /api/queue/lease {id, release?}: takes or releases a review lease. Exists for
// navigator.sendBeacon on page hide, which cannot call a server action.
import { runRoute } from "@/lib/auth/adapters";
import { claimComment } from "@/lib/moderation/operations/claim-comment";
import { releaseClaim } from "@/lib/moderation/operations/release-claim";

export async function POST(request: Request) {
  let body: { id?: unknown; release?: unknown } = {};
  try {
    body = JSON.parse(await request.text());
  } catch {
    return Response.json({ error: "Send JSON.", code: "validation" }, { status: 400 });
  }
  return body.release ? runRoute(releaseClaim, request, { id: body.id }) : runRoute(claimComment, request, { id: body.id });
}
