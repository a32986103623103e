// Splits a comment's text at evidence-span offsets into plain and highlighted segments. Overlapping
// or touching-inside spans merge into one highlight that keeps every span's harm and reason, so a
// reader sees one mark per stretch of text instead of nested or broken marks.
import type { TEvidenceSpan } from "./review-types";

export type TSegment = { start: number; end: number; text: string; spans: TEvidenceSpan[] };

export function segmentText(body: string, spans: TEvidenceSpan[]): TSegment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(body.length, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters: Array<{ start: number; end: number; spans: TEvidenceSpan[] }> = [];
  for (const span of valid) {
    const last = clusters[clusters.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.spans.push(span);
    } else {
      clusters.push({ start: span.start, end: span.end, spans: [span] });
    }
  }
  const out: TSegment[] = [];
  let at = 0;
  for (const c of clusters) {
    if (c.start > at)
      out.push({ start: at, end: c.start, text: body.slice(at, c.start), spans: [] });
    out.push({ start: c.start, end: c.end, text: body.slice(c.start, c.end), spans: c.spans });
    at = c.end;
  }
  if (at < body.length || out.length === 0)
    out.push({ start: at, end: body.length, text: body.slice(at), spans: [] });
  return out;
}

/** Distinct harms of a highlight, strongest evidence first (by covered length), and one line per distinct reason. */
export function describeSegment(segment: TSegment): {
  harms: TEvidenceSpan["category"][];
  reasons: Array<{ category: TEvidenceSpan["category"]; reason: string; analyzer: string }>;
} {
  const cover = new Map<TEvidenceSpan["category"], number>();
  for (const s of segment.spans)
    cover.set(s.category, (cover.get(s.category) ?? 0) + (s.end - s.start));
  const harms = [...cover.entries()].sort((a, b) => b[1] - a[1]).map(([h]) => h);
  const seen = new Set<string>();
  const reasons = segment.spans.filter((s) => {
    const key = `${s.category}|${s.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    harms,
    reasons: reasons.map((s) => ({
      category: s.category,
      reason: s.reason || "no reason given",
      analyzer: s.analyzer,
    })),
  };
}

export type TAnnotatedPiece = { start: number; text: string; labels: string[] };

/** Cuts one segment's text at moderators' annotation boundaries; each piece lists the labels covering it. */
export function annotationPieces(
  segment: { start: number; text: string },
  annotations: Array<{ start: number; end: number; label: string }>,
): TAnnotatedPiece[] {
  const end = segment.start + segment.text.length;
  const inside = annotations.filter((a) => a.end > segment.start && a.start < end);
  if (inside.length === 0) return [{ start: segment.start, text: segment.text, labels: [] }];
  const cuts = new Set([segment.start, end]);
  for (const a of inside) {
    cuts.add(Math.max(a.start, segment.start));
    cuts.add(Math.min(a.end, end));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces: TAnnotatedPiece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    if (to <= from) continue;
    const labels = inside.filter((a) => a.start <= from && a.end >= to).map((a) => a.label);
    pieces.push({
      start: from,
      text: segment.text.slice(from - segment.start, to - segment.start),
      labels,
    });
  }
  return pieces;
}
