// Server actions decode their arguments from the body (JSON text or multipart form). A body that
// is neither makes Next's decoder throw: a 500. Checked in proxy.ts first, so it is a 400 instead.
const MAX_ACTION_BODY_BYTES = 1024 * 1024; // Next's own server-action body limit (1 MB)

export async function malformedActionBody(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const type = request.headers.get("content-type") ?? "";
  const refuse = (status: number, error: string) =>
    Response.json({ error, code: status === 413 ? "too_large" : "validation" }, { status });
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY_BYTES)
    return refuse(413, "The request body is larger than 1 MB.");
  try {
    if (/^multipart\/form-data/i.test(type)) {
      await request.clone().formData();
      return null;
    }
    const text = await request.clone().text();
    if (text.length > MAX_ACTION_BODY_BYTES)
      return refuse(413, "The request body is larger than 1 MB.");
    const args: unknown = JSON.parse(text);
    return Array.isArray(args)
      ? null
      : refuse(400, "A server action takes a JSON array of arguments.");
  } catch {
    return refuse(400, "The body of this server action is not valid JSON or form data.");
  }
}
