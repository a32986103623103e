// The one way route handlers read a request body. First the same-origin check (CSRF; only routes
// authenticated by an API key or public by design pass `sameOrigin: false`), then a hard cap:
// Content-Length over the cap → 413 before reading, and a chunked body is counted as it streams
// and cut off at the cap, so memory never exceeds it.
import { crossSiteRefusal } from "./same-origin";

export type TBodyOptions = { sameOrigin?: boolean };
export type TBodyResult<T> = { ok: true; value: T } | { ok: false; response: Response };

const tooLarge = (maxBytes: number) =>
  Response.json(
    { error: `The request body is larger than ${formatBytes(maxBytes)}.`, code: "too_large" },
    { status: 413 },
  );
const invalid = (message: string) =>
  Response.json({ error: message, code: "validation" }, { status: 400 });

function formatBytes(n: number): string {
  return n >= 1048576
    ? `${+(n / 1048576).toFixed(1)} MB`
    : n >= 1024
      ? `${+(n / 1024).toFixed(1)} KB`
      : `${n} bytes`;
}

export async function readBodyCapped(
  request: Request,
  maxBytes: number,
  opts: TBodyOptions = {},
): Promise<TBodyResult<Uint8Array>> {
  if (opts.sameOrigin !== false) {
    const refusal = crossSiteRefusal(request.method, request.headers);
    if (refusal) return { ok: false, response: refusal };
  }
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > maxBytes)
    return { ok: false, response: tooLarge(maxBytes) };
  if (!request.body) return { ok: true, value: new Uint8Array(0) };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: tooLarge(maxBytes) };
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, value: body };
}

export async function readJsonCapped(
  request: Request,
  maxBytes: number,
  opts: TBodyOptions = {},
): Promise<TBodyResult<unknown>> {
  const body = await readBodyCapped(request, maxBytes, opts);
  if (!body.ok) return body;
  try {
    return {
      ok: true,
      value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body.value)),
    };
  } catch {
    return { ok: false, response: invalid("The body is not valid JSON (UTF-8).") };
  }
}

export async function readFormCapped(
  request: Request,
  maxBytes: number,
  opts: TBodyOptions = {},
): Promise<TBodyResult<FormData>> {
  if (opts.sameOrigin !== false) {
    const refusal = crossSiteRefusal(request.method, request.headers);
    if (refusal) return { ok: false, response: refusal };
  }
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data|^application\/x-www-form-urlencoded/i.test(type)) {
    return { ok: false, response: invalid("Send multipart/form-data.") };
  }
  const body = await readBodyCapped(request, maxBytes, opts);
  if (!body.ok) return body;
  try {
    return {
      ok: true,
      value: await new Response(body.value as BodyInit, {
        headers: { "content-type": type },
      }).formData(),
    };
  } catch {
    return { ok: false, response: invalid("The form data could not be read.") };
  }
}
