// POST multipart files → their parse results, for the import preview. Nothing is written.
import { authorizeRequest } from "@/lib/auth/adapters";
import { previewUploads } from "@/lib/import/preview";
import { readFormCapped } from "@/lib/auth/request-body";
import { MAX_WEB_IMPORT_BYTES } from "@/lib/import/schemas";

export async function POST(request: Request) {
  const user = await authorizeRequest(request, "import:run");
  if (user instanceof Response) return user;
  const read = await readFormCapped(request, MAX_WEB_IMPORT_BYTES + 64 * 1024);
  if (!read.ok) return read.response;
  const result = await previewUploads(read.value.getAll("files"));
  return Response.json(result, { status: result.ok ? 200 : 400 });
}
