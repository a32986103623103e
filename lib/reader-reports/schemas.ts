// The public report body, strict: unknown keys are refused, the note is capped.
import { z } from "zod";
import { REPORT_REASONS } from "./types";

export const MAX_REPORT_NOTE = 500;
/** Bodies above this are refused before parsing (a reason and a 500-character note fit easily). */
export const MAX_REPORT_BODY_BYTES = 4096;

export const ZReaderReport = z.strictObject({
  reason: z.enum(REPORT_REASONS),
  note: z
    .string()
    .trim()
    .max(MAX_REPORT_NOTE, `The note may be at most ${MAX_REPORT_NOTE} characters.`)
    .optional(),
});
export type TReaderReportInput = z.infer<typeof ZReaderReport>;

export const ZDismissReports = z.object({
  commentId: z.number().int().positive().max(2_147_483_647),
  reason: z.string().trim().max(1000).optional(),
});
