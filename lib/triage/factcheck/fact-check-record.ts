// Shared last step of every loader: validate a candidate record, fold its verdict, reject
// duplicate ids, and say where in the file a bad record was.

import {
  describeIssues,
  ZFactCheck,
  type TFactCheck,
  type TLoadError,
  type TLoadResult,
} from "./schemas";
import { parseDay } from "./claim-dates";
import { normalizeVerdict } from "./verdict";

/** A stable id for records that carry none: the same claim text always gets the same id. */
export function stableClaimId(claim: string): string {
  let h = 0x811c9dc5;
  const text = claim.trim().toLowerCase().replace(/\s+/g, " ");
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return "fc-" + (h >>> 0).toString(16).padStart(8, "0");
}

/** Collects valid records and errors; one per loader run. */
export class FactCheckCollector {
  private readonly ids = new Set<string>();
  readonly claims: TFactCheck[] = [];
  readonly errors: TLoadError[] = [];
  readonly undated: TLoadError[] = [];

  fail(where: string, message: string): void {
    this.errors.push({ where, message });
  }

  add(candidate: Record<string, unknown>, where: string): void {
    const date = candidate.date;
    if (
      date !== undefined &&
      date !== null &&
      !(typeof date === "string" && (date.trim() === "" || parseDay(date) !== null))
    ) {
      const shown =
        typeof date === "string" ? date.slice(0, 40) : JSON.stringify(date).slice(0, 40);
      this.undated.push({ where, message: `date "${shown}" is not a date; loaded without one` });
      candidate = { ...candidate, date: null };
    }
    const parsed = ZFactCheck.safeParse(candidate);
    if (!parsed.success) {
      this.fail(where, describeIssues(parsed.error));
      return;
    }
    const record = { ...parsed.data, verdict: normalizeVerdict(parsed.data.verdict) };
    if (this.ids.has(record.id)) {
      this.fail(where, `duplicate id "${record.id}"`);
      return;
    }
    this.ids.add(record.id);
    this.claims.push(record);
  }

  result(): TLoadResult {
    return { claims: this.claims, errors: this.errors, undated: this.undated };
  }
}

/** Field names people use for each fact-check field, compared after dropping case and punctuation. */
export const FIELD_ALIASES = {
  id: ["id", "claimid", "factcheckid", "vclaimid", "uuid", "identifier"],
  claim: ["claim", "claimreviewed", "claimtext", "text", "vclaim", "statement"],
  verdict: [
    "verdict",
    "rating",
    "textualrating",
    "label",
    "ruling",
    "truthrating",
    "alternatename",
  ],
  url: ["url", "link", "reviewurl", "factcheckurl", "sourceurl", "href"],
  publisher: [
    "publisher",
    "factchecker",
    "source",
    "organisation",
    "organization",
    "site",
    "author",
  ],
  title: ["title", "headline"],
  claimant: ["claimant", "claimedby", "speaker", "itemreviewedauthor"],
  date: [
    "date",
    "datepublished",
    "published",
    "publishedat",
    "publicationdate",
    "reviewdate",
    "factcheckdate",
  ],
} as const;

export type TFactCheckField = keyof typeof FIELD_ALIASES;

export function normalizeFieldName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** Which fact-check field a column or key names, if any. */
export function fieldOf(name: string): TFactCheckField | undefined {
  const key = normalizeFieldName(name);
  for (const field of Object.keys(FIELD_ALIASES) as TFactCheckField[]) {
    if ((FIELD_ALIASES[field] as readonly string[]).includes(key)) return field;
  }
  return undefined;
}

/** Numbers are accepted where text is expected (ids often are numbers); anything else is kept as is for zod to reject. */
export function asText(value: unknown): unknown {
  return typeof value === "number" && Number.isFinite(value) ? String(value) : value;
}
