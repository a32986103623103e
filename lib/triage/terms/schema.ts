// The admin-editable term list: one entry per word, phrase or pattern, validated before it can
// reach the analyzer (a regex that does not compile is refused here, not at scoring time).

import { z } from "zod";
import { HARMS } from "../types";
import { expandSlots, SLOT_NAMES } from "./slots";

export const TERM_KINDS = ["word", "phrase", "regex"] as const;

const SLOT_PATTERN = /\{(\w+)\}/g;

export const ZTermEntry = z
  .object({
    harm: z.enum(HARMS),
    /**
     * word: one word, "fuck*" matches by prefix. phrase: words in order; "{identity}", "{group}"
     * and other slots match a word class, "..." skips up to three words. regex: JavaScript
     * syntax, matched against the normalised text (lower-case, accents and l33t folded).
     */
    pattern: z.string().trim().min(1).max(500),
    kind: z.enum(TERM_KINDS).default("word"),
    /** The score one occurrence gives its harm, 0..1. */
    weight: z.number().min(0).max(1),
    /** Shown to moderators beside the highlighted words. */
    reason: z.string().trim().min(1).max(300),
    enabled: z.boolean().optional(),
  })
  .superRefine((entry, ctx) => {
    for (const m of entry.pattern.matchAll(SLOT_PATTERN)) {
      if (!SLOT_NAMES.includes(m[1])) {
        ctx.addIssue({
          code: "custom",
          path: ["pattern"],
          message: `Unknown slot {${m[1]}}. Known: ${SLOT_NAMES.join(", ")}.`,
        });
      }
    }
    if (entry.kind === "word" && /\s/.test(entry.pattern)) {
      ctx.addIssue({
        code: "custom",
        path: ["pattern"],
        message: 'A word term cannot contain spaces; use kind "phrase".',
      });
    }
    if (
      entry.kind === "word" &&
      entry.pattern.endsWith("*") &&
      entry.pattern.replace(/\*+$/, "").length < 3
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["pattern"],
        message: 'A prefix term needs at least three letters before "*".',
      });
    }
    if (entry.kind === "regex") {
      try {
        new RegExp(expandSlots(entry.pattern), "giu");
      } catch (error) {
        ctx.addIssue({
          code: "custom",
          path: ["pattern"],
          message: `Invalid regular expression: ${(error as Error).message}`,
        });
      }
    }
  });

export type TTermEntry = z.infer<typeof ZTermEntry>;
export type TTermEntryInput = z.input<typeof ZTermEntry>;

export const ZTermList = z.array(ZTermEntry).max(20_000);

/** Parses a term list (e.g. default-terms.json or rows from the database); throws a ZodError if invalid. */
export function parseTermEntries(data: unknown): TTermEntry[] {
  return ZTermList.parse(data);
}
