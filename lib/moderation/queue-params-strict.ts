// The queue's API routes are strict where the page is tolerant: a value the URL schema would drop
// (an impossible date, an id past int4, a tampered cursor, a NUL byte) is a 400 naming the
// parameter, so a client learns it sent something wrong instead of getting an unfiltered list.
import { decodeCursor } from "./cursor";
import { parseQueueParams, ZQueueParams, type TQueueParams } from "./queue-params";

/** Names of the given parameters the tolerant parse dropped or replaced; empty when all were used. */
export function rejectedQueueParams(
  search: URLSearchParams,
  parsed: TQueueParams = parseQueueParams(search),
): string[] {
  const rejected: string[] = [];
  for (const key of Object.keys(ZQueueParams.shape) as Array<keyof TQueueParams>) {
    const raw = search.get(key);
    if (raw === null || raw === "") continue;
    const value = parsed[key];
    const kept =
      key === "cursor"
        ? decodeCursor(raw, parsed.sort) !== null
        : value !== undefined && (typeof value !== "string" || key === "q" || value === raw);
    if (!kept) rejected.push(key);
  }
  return rejected;
}

export function rejectedQueueParamsResponse(search: URLSearchParams): Response | null {
  const rejected = rejectedQueueParams(search);
  if (rejected.length === 0) return null;
  return Response.json(
    {
      error: `Not a valid value for ${rejected.join(", ")} (dates are YYYY-MM-DD and must exist; ids are positive whole numbers up to 2147483647).`,
      code: "validation",
    },
    { status: 400 },
  );
}
