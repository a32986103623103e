// POST /api/v1/comments: a live comment system pushes new comments, authenticated by an API key
// (Authorization: Bearer <key>) that an admin created in Settings.
import { getDb } from "@/lib/db";
import { apiTokenFrom, verifyApiKey } from "@/lib/admin/api-keys";
import { ingestPayload, MAX_INGEST_BYTES } from "@/lib/import/ingest-api";
import { logger } from "@/lib/log";

const tooLarge = () => Response.json({ error: `Body too large; send at most ${MAX_INGEST_BYTES / 1048576} MB per request.`, code: "too_large" }, { status: 413 });

export async function POST(request: Request) {
  const token = apiTokenFrom(request.headers);
  const key = token ? await verifyApiKey(token) : null;
  if (!key) return Response.json({ error: "A valid API key is required (Authorization: Bearer <key>).", code: "unauthenticated" }, { status: 401 });
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > MAX_INGEST_BYTES) return tooLarge();
  const text = await request.text();
  if (text.length > MAX_INGEST_BYTES) return tooLarge();
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return Response.json({ error: "The body is not valid JSON.", code: "validation" }, { status: 400 });
  }
  const result = await ingestPayload(await getDb(), payload);
  logger.info({ apiKey: key.id, status: result.status, created: result.body.created }, "ingest");
  return Response.json(result.body, { status: result.status });
}
