// Reports the lines the text parser dropped as page furniture: kept as a list for callers that want
// them, and summarised into one warning so `vigil parse` shows what was cut without flooding.

export type TFurnitureLine = { line: number; text: string; reason: string };

/** "1-4, 9, 22-23" from sorted or unsorted line numbers. */
export function lineRanges(lines: number[]): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(i === j ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j;
  }
  return parts.join(", ");
}

export function summariseFurniture(
  lines: TFurnitureLine[],
): { where: string; message: string } | null {
  if (lines.length === 0) return null;
  const byReason = new Map<string, number>();
  for (const l of lines) byReason.set(l.reason, (byReason.get(l.reason) ?? 0) + 1);
  const reasons = [...byReason]
    .map(([reason, n]) => (n > 1 ? `${reason} ×${n}` : reason))
    .join(", ");
  const ranges = lineRanges(lines.map((l) => l.line));
  const where =
    ranges.length > 80
      ? `lines ${ranges.slice(0, ranges.lastIndexOf(",", 80))}, …`
      : `line${lines.length > 1 ? "s" : ""} ${ranges}`;
  return {
    where,
    message: `dropped ${lines.length} line${lines.length > 1 ? "s" : ""} of page furniture: ${reasons}`,
  };
}
