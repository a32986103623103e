// Input schemas of the admin operations (strict: they guard the server) and the plain types the
// admin pages hand to client components.
import { z } from "zod";
import { ZDbId } from "@/lib/validation/values";
import { ROLES } from "@/lib/auth/permissions";
import { HARMS } from "@/lib/triage/types";
import { RULE_ACTIONS } from "@/lib/reports/backtest";
import { ZTermEntry } from "@/lib/triage/terms/schema";

export const ZUserId = z.string().trim().min(1).max(100);
export const ZRole = z.enum(ROLES);

export const ZCreateUser = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter a valid email address.")),
  name: z.string().trim().min(1, "Enter a name.").max(100),
  role: ZRole,
});
export const ZSetUserRole = z.object({ userId: ZUserId, role: ZRole });
export const ZSetUserActive = z.object({ userId: ZUserId, active: z.boolean() });

export const TERM_KINDS = ["word", "phrase", "regex"] as const;
export const ZHarm = z.enum(HARMS);

export const ZTermInput = z
  .object({
    id: ZDbId.optional(),
    harm: ZHarm,
    pattern: z.string().trim().min(1, "Enter a pattern.").max(300),
    kind: z.enum(TERM_KINDS),
    weight: z.number().min(0).max(1),
    reason: z.string().trim().min(1, "Say why this term matters (moderators see it).").max(300),
    enabled: z.boolean(),
  })
  // The terms analyzer's own rules (regex compiles, known {slots}, no spaces in a word): a term it
  // would skip at scoring time is refused here, with its message.
  .superRefine((term, ctx) => {
    const checked = ZTermEntry.safeParse(term);
    if (!checked.success)
      for (const issue of checked.error.issues)
        ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export const ZIdInput = z.object({ id: ZDbId });

export const ZRuleInput = z
  .object({
    id: ZDbId.optional(),
    name: z.string().trim().min(1, "Name the rule.").max(100),
    harm: ZHarm,
    minScore: z.number().min(0).max(1),
    maxScore: z.number().min(0).max(1),
    action: z.enum(RULE_ACTIONS),
  })
  .refine((r) => r.minScore <= r.maxScore, {
    path: ["maxScore"],
    message: "The upper score must not be below the lower one.",
  });
export const ZRuleEnabled = z.object({ id: ZDbId, enabled: z.boolean() });
export const ZRuleSpec = z
  .object({
    harm: ZHarm,
    minScore: z.number().min(0).max(1),
    maxScore: z.number().min(0).max(1),
    action: z.enum(RULE_ACTIONS),
  })
  .refine((r) => r.minScore <= r.maxScore, {
    path: ["maxScore"],
    message: "The upper score must not be below the lower one.",
  });

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : null));

export const ZFactCheckInput = z.object({
  id: ZDbId.optional(),
  externalId: optionalText(200),
  claim: z.string().trim().min(3, "Enter the claim.").max(5000),
  verdict: z.string().trim().min(1, "Enter the verdict.").max(100),
  url: optionalText(2000).pipe(
    z.union([z.url({ protocol: /^https?$/, message: "Enter an http(s) address." }), z.null()]),
  ),
  publisher: optionalText(200),
  /** When the fact-check was published (YYYY-MM-DD); claim matching reads it. Absent = unchanged. */
  publishedAt: optionalText(10)
    .pipe(z.union([z.iso.date({ message: "Enter the date as YYYY-MM-DD." }), z.null()]))
    .optional(),
  active: z.boolean(),
});

export const FACTCHECK_FORMATS = ["auto", "jsonl", "csv", "claimreview"] as const;
export const MAX_FACTCHECK_FILE_BYTES = 10 * 1024 * 1024;
export const ZFactCheckImport = z.object({
  filename: z.string().trim().min(1).max(300),
  format: z.enum(FACTCHECK_FORMATS),
  text: z.string().max(MAX_FACTCHECK_FILE_BYTES, "The file is larger than 10 MB."),
});

export const ZApiKeyCreate = z.object({
  name: z.string().trim().min(1, "Name the key (who or what uses it).").max(100),
});
export const ZApiKeyRevoke = z.object({ id: z.string().trim().min(1).max(100) });

export type TUserRow = {
  id: string;
  name: string;
  email: string;
  role: string;
  active: boolean;
  createdAt: string;
  lastSeenAt: string | null;
};
export type TTermRow = {
  id: number;
  harm: string;
  pattern: string;
  kind: string;
  weight: number;
  reason: string;
  enabled: boolean;
  updatedAt: string;
};
export type TRuleRow = {
  id: number;
  name: string;
  harm: string;
  minScore: number;
  maxScore: number;
  action: string;
  enabled: boolean;
  updatedAt: string;
};
export type TFactCheckRow = {
  id: number;
  externalId: string | null;
  claim: string;
  verdict: string;
  url: string | null;
  publisher: string | null;
  /** YYYY-MM-DD, or null when the library gave no date. */
  publishedAt: string | null;
  active: boolean;
  matches: number;
};
export type TApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: string | null;
};
