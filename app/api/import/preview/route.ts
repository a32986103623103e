// POST multipart files → the server keeps their parse (by id, for an hour) and answers with a
// preview; "Import" then sends only the upload id and the person's edits. No comment is written.
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { readFormCapped } from "@/lib/auth/request-body";
import { getDb } from "@/lib/db";
import { previewUploads } from "@/lib/import/preview";
import { MAX_WEB_IMPORT_BYTES } from "@/lib/import/schemas";
import { toPreviewFile, type TUploadPreview } from "@/lib/import/web-preview";
import { saveUpload } from "@/lib/import/web-upload";

async function handlePOST(request: Request) {
  const user = await authorizeRequest(request, "import:run");
  if (user instanceof Response) return user;
  const read = await readFormCapped(request, MAX_WEB_IMPORT_BYTES + 64 * 1024);
  if (!read.ok) return read.response;
  const result = await previewUploads(read.value.getAll("files"));
  if (!result.ok) return Response.json(result, { status: 400 });
  const { id, expiresAt } = await saveUpload(await getDb(), user.id, result.files);
  const preview: TUploadPreview = {
    uploadId: id,
    expiresAt,
    files: result.files.map(toPreviewFile),
  };
  return Response.json({ ok: true, ...preview });
}

export const POST = withOutage503(handlePOST);
