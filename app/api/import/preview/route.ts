// POST multipart files → their parse results, for the import preview. Nothing is written.
import { authorizeRequest } from "@/lib/auth/adapters";
import { previewUploads } from "@/lib/import/preview";

export async function POST(request: Request) {
  const user = await authorizeRequest(request, "import:run");
  if (user instanceof Response) return user;
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return Response.json({ error: "Send the files as multipart/form-data in the field \"files\".", code: "validation" }, { status: 400 });
  }
  const result = await previewUploads(form.getAll("files"));
  return Response.json(result, { status: result.ok ? 200 : 400 });
}
