// POST /api/v1/comments: a live comment system pushes new comments, authenticated by an API key
// (Authorization: Bearer <key>) that an admin created in Settings.
import { getDb } from "@/lib/db";
import { apiTokenFrom, verifyApiKey } from "@/lib/admin/api-keys";
import { ingestPayload, MAX_INGEST_BYTES } from "@/lib/import/ingest-api";
import { logger } from "@/lib/log";
import { readJsonCapped } from "@/lib/auth/request-body";
import { withOutage503 } from "@/lib/auth/adapters";

async function handlePOST(request: Request) {
  const token = apiTokenFrom(request.headers);
  const key = token ? await verifyApiKey(token) : null;
  if (!key)
    return Response.json(
      {
        error: "A valid API key is required (Authorization: Bearer <key>).",
        code: "unauthenticated",
      },
      { status: 401 },
    );
  // Authenticated by the API key, not a cookie: no same-origin check.
  const read = await readJsonCapped(request, MAX_INGEST_BYTES, { sameOrigin: false });
  if (!read.ok) return read.response;
  const result = await ingestPayload(await getDb(), read.value);
  logger.info({ apiKey: key.id, status: result.status, created: result.body.created }, "ingest");
  return Response.json(result.body, { status: result.status });
}

export const POST = withOutage503(handlePOST);
