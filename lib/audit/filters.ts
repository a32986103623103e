// The audit log page's URL state: filters plus a keyset cursor. Tolerant: a bad value is dropped.
import { z } from "zod";
import { INT4_MAX, isRealDay, ZIsoDay } from "@/lib/validation/values";

export const AUDIT_TARGET_TYPES = [
  "COMMENT",
  "ARTICLE",
  "USER",
  "SETTING",
  "RULE",
  "TERM",
  "FACTCHECK",
  "APIKEY",
  "IMPORT",
  "CLAIM_MATCH",
] as const;
export const AUDIT_PAGE_SIZE = 50;

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const text = (max: number) =>
  z
    .preprocess(
      (v) =>
        typeof first(v) === "string" && String(first(v)).trim() !== ""
          ? String(first(v)).trim()
          : undefined,
      z.string().max(max).optional(),
    )
    .catch(undefined);
const day = z.preprocess((v) => first(v) || undefined, ZIsoDay.optional()).catch(undefined);
/** "<timestamp text>_<id>", from the row the previous page ended on. */
const cursor = z
  .preprocess(
    (v) => first(v) || undefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?_\d{1,10}$/)
      .refine(
        (s) => isRealDay(s.slice(0, 10)) && Number(s.slice(s.lastIndexOf("_") + 1)) <= INT4_MAX,
      )
      .optional(),
  )
  .catch(undefined);

export const ZAuditFilters = z.object({
  actor: text(200),
  action: text(100),
  targetType: z.preprocess(first, z.enum(AUDIT_TARGET_TYPES).optional()).catch(undefined),
  targetId: text(100),
  batch: text(100),
  from: day,
  to: day,
  before: cursor,
  after: cursor,
});

export type TAuditFilters = z.infer<typeof ZAuditFilters>;

export function parseAuditFilters(
  params: Record<string, string | string[] | undefined>,
): TAuditFilters {
  const parsed = ZAuditFilters.parse(params);
  if (parsed.before && parsed.after) delete parsed.after;
  return parsed;
}

export function parseCursor(value: string): { at: string; id: number } {
  const i = value.lastIndexOf("_");
  return { at: value.slice(0, i), id: Number(value.slice(i + 1)) };
}

export function auditSearchParams(
  filters: TAuditFilters,
  page: { before?: string; after?: string } = {},
): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "action", "targetType", "targetId", "batch", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page.before) params.set("before", page.before);
  if (page.after) params.set("after", page.after);
  const s = params.toString();
  return s ? `?${s}` : "";
}
