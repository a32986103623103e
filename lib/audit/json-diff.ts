// Turns an audit row's before/after JSON into readable lines: what was added, removed or changed,
// top-level keys only, nested values shown as compact JSON.

export type TDiffLine = {
  key: string;
  change: "added" | "removed" | "changed" | "same";
  before?: string;
  after?: string;
};

export function formatValue(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function diffJson(before: unknown, after: unknown): TDiffLine[] {
  if (!isRecord(before) && !isRecord(after)) {
    if (before === undefined || before === null)
      return after === undefined || after === null
        ? []
        : [{ key: "value", change: "added", after: formatValue(after) }];
    if (after === undefined || after === null)
      return [{ key: "value", change: "removed", before: formatValue(before) }];
    const b = formatValue(before);
    const a = formatValue(after);
    return [{ key: "value", change: a === b ? "same" : "changed", before: b, after: a }];
  }
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys.map((key) => {
    const inB = key in b;
    const inA = key in a;
    if (!inB) return { key, change: "added", after: formatValue(a[key]) };
    if (!inA) return { key, change: "removed", before: formatValue(b[key]) };
    const bv = formatValue(b[key]);
    const av = formatValue(a[key]);
    return { key, change: bv === av ? "same" : "changed", before: bv, after: av };
  });
}
