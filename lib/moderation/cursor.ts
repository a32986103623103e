// Keyset cursors: the last row's sort key and id, bound to the sort they came from, as an opaque
// URL-safe string. A cursor from another sort or a tampered one is ignored (first page).
import { z } from "zod";
import type { TQueueSort } from "./queue-params";
import { isRealIsoTimestamp, ZDbId } from "@/lib/validation/values";

export type TCursor = { sort: TQueueSort; value: number | string; id: number };

const ZCursorJson = z.tuple([
  z.string(),
  z.union([z.number().finite(), z.string().max(40)]),
  ZDbId,
]);

export function encodeCursor(cursor: TCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString("base64url");
}

export function decodeCursor(raw: string | undefined, sort: TQueueSort): TCursor | null {
  if (!raw) return null;
  try {
    const parsed = ZCursorJson.safeParse(
      JSON.parse(Buffer.from(raw, "base64url").toString("utf8")),
    );
    if (!parsed.success || parsed.data[0] !== sort) return null;
    const [, value, id] = parsed.data;
    if (typeof value === "string" && !isRealIsoTimestamp(value)) return null;
    return { sort, value, id };
  } catch {
    return null;
  }
}
