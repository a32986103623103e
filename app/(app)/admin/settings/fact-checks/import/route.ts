// Uploads a fact-check library file (multipart form: file, format). A route rather than a server
// action because library files can exceed the server-action body limit.
import { authorizeRequest, runRoute } from "@/lib/auth/adapters";
import { importFactChecks } from "@/lib/admin/operations/import-fact-checks";
import { MAX_FACTCHECK_FILE_BYTES } from "@/lib/admin/schemas";
import { readFormCapped } from "@/lib/auth/request-body";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  // Refuse before reading a body of up to 10 MB from someone who may not import (runRoute checks again).
  const user = await authorizeRequest(request, "settings:manage");
  if (user instanceof Response) return user;
  const read = await readFormCapped(request, MAX_FACTCHECK_FILE_BYTES + 64 * 1024);
  if (!read.ok) return read.response;
  const form = read.value;
  const file = form.get("file");
  if (!(file instanceof File))
    return Response.json(
      { error: "Choose a file to import.", code: "validation" },
      { status: 400 },
    );
  if (file.size > MAX_FACTCHECK_FILE_BYTES)
    return Response.json(
      { error: "The file is larger than 10 MB.", code: "validation" },
      { status: 413 },
    );
  return runRoute(importFactChecks, request, {
    filename: file.name || "upload",
    format: String(form.get("format") ?? "auto"),
    text: await file.text(),
  });
}
