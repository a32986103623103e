// POST a confirmed import (the previewed files, possibly corrected) → a background job id.
import { runRoute } from "@/lib/auth/adapters";
import { startImport } from "@/lib/import/operations/start-import";
import { readJsonCapped } from "@/lib/auth/request-body";
import { MAX_WEB_IMPORT_BYTES } from "@/lib/import/schemas";

// The previewed files as JSON: their text plus corrections, a little over the upload cap.
const MAX_IMPORT_JOB_BODY_BYTES = MAX_WEB_IMPORT_BYTES + 1024 * 1024;

export async function POST(request: Request) {
  const read = await readJsonCapped(request, MAX_IMPORT_JOB_BODY_BYTES);
  if (!read.ok) return read.response;
  return runRoute(startImport, request, read.value);
}
