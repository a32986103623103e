// Value schemas shared by every input that reaches the database: ids that fit int4 and calendar
// days that exist. A value that matches a pattern but not the database's type (2021-02-30,
// 2147483648) is a validation error with a message, never a database error (a 500).
import { z } from "zod";

export const INT4_MAX = 2_147_483_647;

/** A row id (or version) in a strict server input. */
export const ZDbId = z
  .number()
  .int("Must be a whole number.")
  .positive("Must be a positive id.")
  .max(INT4_MAX, `Must be at most ${INT4_MAX}.`);

/** A row id from a URL or form field ("42"). */
export const ZDbIdText = z.coerce.number().pipe(ZDbId);

/** YYYY-MM-DD naming a day that exists (not 2021-02-30), years 1000–9999. */
export function isRealDay(value: string): boolean {
  if (!/^[1-9]\d{3}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export const ZIsoDay = z.string().refine(isRealDay, "Must be a real date, YYYY-MM-DD.");

/** An ISO timestamp (as JSON writes dates) whose day and time exist. */
export function isRealIsoTimestamp(value: string): boolean {
  const m =
    /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/.exec(
      value,
    );
  return m !== null && isRealDay(m[1]!);
}

/** Text that PostgreSQL can store: no NUL characters. */
export const hasNul = (value: string) => value.includes("\u0000");

/** The URL when it is an absolute http(s) URL, else null: `javascript:`, `data:`, `vbscript:` and
 *  relative values never become links (on import and again when rendered). */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}
