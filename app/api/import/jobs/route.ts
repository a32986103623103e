// POST {uploadId, edits} → a background import job of the upload the server kept at preview time.
import { runRoute, withOutage503 } from "@/lib/auth/adapters";
import { readJsonCapped } from "@/lib/auth/request-body";
import { startImport } from "@/lib/import/operations/start-import";

// An upload id and split edits (line numbers): small, whatever the size of the files.
const MAX_IMPORT_JOB_BODY_BYTES = 256 * 1024;

async function handlePOST(request: Request) {
  const read = await readJsonCapped(request, MAX_IMPORT_JOB_BODY_BYTES);
  if (!read.ok) return read.response;
  return runRoute(startImport, request, read.value);
}

export const POST = withOutage503(handlePOST);
