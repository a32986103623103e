// The strongest harms of a comment as labelled chips with their scores. A harm over its threshold
// (the engine flagged it) is a solid chip marked "over"; one under it is a pale outlined chip, so
// the difference does not rest on colour alone.
import { HARM_LABEL, type THarmScoreMap } from "@/lib/moderation/types";
import { HARMS, type THarm } from "@/lib/triage/types";
import { HARM_STYLE } from "./harm-style";

const SHOW_FROM = 0.3;

export function topHarms(
  scores: THarmScoreMap,
  flagged: string[],
  max = 3,
): Array<{ harm: THarm; score: number; over: boolean }> {
  return HARMS.map((harm) => ({ harm, score: scores[harm], over: flagged.includes(harm) }))
    .filter((h) => h.score >= SHOW_FROM || h.over)
    .sort((a, b) => Number(b.over) - Number(a.over) || b.score - a.score)
    .slice(0, max);
}

export function HarmChips({
  scores,
  flagged,
  compact = false,
}: {
  scores: THarmScoreMap;
  flagged: string[];
  compact?: boolean;
}) {
  const harms = topHarms(scores, flagged, compact ? 2 : 3);
  if (harms.length === 0) return <span className="text-xs text-slate-600">No harm signals</span>;
  return (
    <ul
      className={`flex gap-1 ${compact ? "flex-nowrap overflow-hidden whitespace-nowrap" : "flex-wrap"}`}
      aria-label="Top harms"
    >
      {harms.map(({ harm, score, over }) => (
        <li
          key={harm}
          data-over={over || undefined}
          title={
            over
              ? `${HARM_LABEL[harm]}: over its threshold`
              : `${HARM_LABEL[harm]}: under its threshold`
          }
          className={`rounded px-1.5 py-0.5 text-xs ${over ? `font-semibold ${HARM_STYLE[harm].chip}` : "border border-dashed border-slate-400 bg-white font-normal text-slate-700"}`}
        >
          {over ? <span aria-hidden="true">▲ </span> : null}
          {HARM_LABEL[harm]} {score.toFixed(2)}
          <span className="sr-only">{over ? " (over threshold)" : " (under threshold)"}</span>
        </li>
      ))}
    </ul>
  );
}
