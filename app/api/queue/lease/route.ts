// POST /api/queue/lease {id, release?}: takes or releases a review lease. Exists for
// navigator.sendBeacon on page hide, which cannot call a server action.
import { runRoute, withOutage503 } from "@/lib/auth/adapters";
import { claimComment } from "@/lib/moderation/operations/claim-comment";
import { releaseClaim } from "@/lib/moderation/operations/release-claim";
import { readJsonCapped } from "@/lib/auth/request-body";

const MAX_LEASE_BODY_BYTES = 1024;

async function handlePOST(request: Request) {
  const read = await readJsonCapped(request, MAX_LEASE_BODY_BYTES);
  if (!read.ok) return read.response;
  const body = (read.value ?? {}) as { id?: unknown; release?: unknown };
  return body.release
    ? runRoute(releaseClaim, request, { id: body.id })
    : runRoute(claimComment, request, { id: body.id });
}

export const POST = withOutage503(handlePOST);
