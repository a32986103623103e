// The strongest harms of a comment as labelled, coloured chips with their scores.
import { HARM_LABEL, HARMS, type THarm, type THarmScoreMap } from "@/lib/moderation/types";
import { HARM_STYLE } from "./harm-style";

const SHOW_FROM = 0.3;

export function topHarms(scores: THarmScoreMap, flagged: string[], max = 3): Array<{ harm: THarm; score: number }> {
  return HARMS.map((harm) => ({ harm, score: scores[harm] }))
    .filter((h) => h.score >= SHOW_FROM || flagged.includes(h.harm))
    .sort((a, b) => b.score - a.score)
    .slice(0, max);
}

export function HarmChips({ scores, flagged }: { scores: THarmScoreMap; flagged: string[] }) {
  const harms = topHarms(scores, flagged);
  if (harms.length === 0) return <span className="text-xs text-slate-600">No harm signals</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Top harms">
      {harms.map(({ harm, score }) => (
        <li key={harm} className={`rounded px-1.5 py-0.5 text-xs font-semibold ${HARM_STYLE[harm].chip}`}>
          {HARM_LABEL[harm]} {score.toFixed(2)}
        </li>
      ))}
    </ul>
  );
}
