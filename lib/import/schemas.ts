// Web import inputs: the browser names the upload the server kept and sends only its edits.
import { z } from "zod";
import type { TParseResult } from "./types";
import { ZSplitEdit } from "./web-preview";

export const ZStartImport = z
  .object({
    uploadId: z.string().uuid("Not an upload id."),
    edits: z.array(ZSplitEdit).max(1_000).default([]),
  })
  .strict();
export type TStartImportInput = z.infer<typeof ZStartImport>;

/** What a web import job writes: each file's (possibly corrected) parse. */
export type TStartImport = {
  files: Array<
    { name: string } & Pick<TParseResult, "format" | "articles" | "errors" | "warnings">
  >;
};

/** Web previews read files in memory; bigger imports belong to `npx vigil import`. */
export const MAX_WEB_IMPORT_BYTES = 50 * 1024 * 1024;
