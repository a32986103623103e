// POST /api/public/comments/:id/reports {"reason": "hate" | ..., "note"?: "…"}: a reader reports a
// public comment, no account needed → 202. Unknown, hidden or closed → 404; over the rate limits
// (per client address, per comment; kept in the database) → 429 with Retry-After.
import { z } from "zod";
import { getDb } from "@/lib/db";
import { clientAddressOf } from "@/lib/reader-reports/client-address";
import { MAX_REPORT_BODY_BYTES, ZReaderReport } from "@/lib/reader-reports/schemas";
import { submitReaderReport } from "@/lib/reader-reports/submit";
import { readJsonCapped } from "@/lib/auth/request-body";
import { withOutage503 } from "@/lib/auth/adapters";

export const dynamic = "force-dynamic";

const ZId = z.coerce.number().int().positive().max(2_147_483_647);
const reply = (
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) => Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

async function handlePOST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = ZId.safeParse((await params).id);
  if (!id.success) return reply(404, { error: "Not found." });
  // Public by design (the publisher's pages call it from their own origin): no same-origin check.
  const read = await readJsonCapped(request, MAX_REPORT_BODY_BYTES, { sameOrigin: false });
  if (!read.ok) return read.response;
  const input = ZReaderReport.safeParse(read.value);
  if (!input.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of input.error.issues)
      (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
    return reply(400, { error: "Some fields are not valid.", code: "validation", fieldErrors });
  }
  const outcome = await submitReaderReport(
    await getDb(),
    id.data,
    input.data,
    clientAddressOf(request.headers),
  );
  if (outcome.status === 404) return reply(404, { error: "Not found." });
  if (outcome.status === 429)
    return reply(
      429,
      { error: outcome.message, code: "rate_limited" },
      { "Retry-After": String(outcome.retryAfterSeconds) },
    );
  return reply(202, { received: true });
}

export const POST = withOutage503(handlePOST);
