// Parses uploaded files for the import preview (no database), with the size guard of web imports.
// The parse runs in a worker thread (parse-in-worker.ts) so one upload never stalls the server.
import { parseFileInWorker } from "@/lib/import/parse/parse-in-worker";
import { MAX_WEB_IMPORT_BYTES } from "./schemas";
import type { TUploadedFile } from "./web-preview";

export type TPreviewResult =
  { ok: true; files: TUploadedFile[] } | { ok: false; error: string; code: "validation" };

export async function previewUploads(entries: FormDataEntryValue[]): Promise<TPreviewResult> {
  const files = entries.filter(
    (e): e is File => typeof e === "object" && e !== null && "arrayBuffer" in e,
  );
  if (files.length === 0)
    return { ok: false, error: "Choose at least one file.", code: "validation" };
  const totalBytes = files.reduce((n, f) => n + f.size, 0);
  if (totalBytes > MAX_WEB_IMPORT_BYTES) {
    return {
      ok: false,
      error: `These files hold ${(totalBytes / 1048576).toFixed(1)} MB; the web import takes up to ${MAX_WEB_IMPORT_BYTES / 1048576} MB. Use \`npx vigil import\` for bigger imports.`,
      code: "validation",
    };
  }
  const previews: TUploadedFile[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    previews.push({
      name: file.name,
      size: file.size,
      ...(await parseFileInWorker(bytes, { filename: file.name })),
    });
  }
  return { ok: true, files: previews };
}
