// The report's URL state (date range and filters): one tolerant schema shared by the page, the
// export route, the export buttons and the CLI. Bad values fall back to defaults instead of failing.
import { z } from "zod";
import { HARMS, type THarm } from "@/lib/triage/types";

const DAY_MS = 86_400_000;
export const DEFAULT_RANGE_DAYS = 30;
/** The report's charts are per day; longer ranges belong in an export. */
export const MAX_REPORT_DAYS = 366;

const ZDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
  );

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const blankToUndefined = (v: unknown) => {
  const x = first(v);
  return typeof x === "string" && x.trim() === ""
    ? undefined
    : typeof x === "string"
      ? x.trim()
      : x;
};

export const ZReportFiltersInput = z.object({
  from: z.preprocess(blankToUndefined, ZDay.optional()).catch(undefined),
  to: z.preprocess(blankToUndefined, ZDay.optional()).catch(undefined),
  article: z
    .preprocess(blankToUndefined, z.coerce.number().int().positive().max(2_147_483_647).optional())
    .catch(undefined),
  moderator: z.preprocess(blankToUndefined, z.string().max(100).optional()).catch(undefined),
  harm: z.preprocess(blankToUndefined, z.enum(HARMS).optional()).catch(undefined),
  action: z.preprocess(blankToUndefined, z.string().max(100).optional()).catch(undefined),
});

export type TReportFilters = {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
  article?: number;
  moderator?: string;
  harm?: THarm;
  action?: string;
};

export const toDay = (d: Date) => d.toISOString().slice(0, 10);
export const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);

export function daysBetween(from: string, to: string): number {
  return Math.round((dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS) + 1;
}

export function addDays(day: string, n: number): string {
  return toDay(new Date(dayStart(day).getTime() + n * DAY_MS));
}

type TSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

function toRecord(params: TSearchParams): Record<string, unknown> {
  if (params instanceof URLSearchParams) return Object.fromEntries(params.entries());
  return params;
}

/**
 * Tolerant: a missing or broken date gets the default (the last 30 days up to today), reversed
 * dates are swapped, and `maxDays` (when given) trims the start so the range stays bounded.
 */
export function parseReportFilters(
  params: TSearchParams,
  opts: { now?: Date; maxDays?: number } = {},
): TReportFilters {
  const raw = ZReportFiltersInput.parse(toRecord(params));
  const today = toDay(opts.now ?? new Date());
  let to = raw.to ?? (raw.from && raw.from > today ? raw.from : today);
  let from = raw.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) [from, to] = [to, from];
  if (opts.maxDays && daysBetween(from, to) > opts.maxDays) from = addDays(to, -(opts.maxDays - 1));
  const filters: TReportFilters = { from, to };
  if (raw.article) filters.article = raw.article;
  if (raw.moderator) filters.moderator = raw.moderator;
  if (raw.harm) filters.harm = raw.harm;
  if (raw.action) filters.action = raw.action;
  return filters;
}

export function filtersToSearchParams(filters: TReportFilters): URLSearchParams {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.article) params.set("article", String(filters.article));
  if (filters.moderator) params.set("moderator", filters.moderator);
  if (filters.harm) params.set("harm", filters.harm);
  if (filters.action) params.set("action", filters.action);
  return params;
}
