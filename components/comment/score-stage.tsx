// Which scoring stage a comment's scores and evidence come from, in one wording for the header,
// the Scores box and the evidence list; plus the stage-2 words (occlusion) listed under the text.
import type { TEvidenceSpan } from "@/lib/moderation/review-types";
import { HARM_LABEL } from "@/lib/moderation/types";

/** The analyzer name of stage-2 occlusion evidence (lib/triage/stage2): words the encoder reacted to. */
export const STAGE2_ANALYZER = "stage2";

export const STAGE_HINT =
  "Stage 1: terms, the n-gram model and claim matching, at import. Stage 2: the sentence encoder, run by a background job.";

export function scoreStageLabel(stage: number): string {
  if (stage >= 2) return "stage-2 scores";
  if (stage === 1) return "stage-1 scores (stage 2 pending)";
  return "not scored yet";
}

/** The Scores box's caption: which stage the numbers come from. */
export function ScoresStageNote({ stage }: { stage: number }) {
  return (
    <p className="mb-2 text-xs text-slate-700" data-testid="scores-stage" title={STAGE_HINT}>
      {stage >= 2
        ? "From stage 2: terms and n-gram model, re-scored with the sentence encoder."
        : stage === 1
          ? "From stage 1: terms and n-gram model. Stage 2 (sentence encoder) is pending."
          : "Not scored yet."}
    </p>
  );
}

/** The words whose removal lowered a stage-2 score most, so a moderator sees why the encoder flagged it. */
export function Stage2Words({ body, spans }: { body: string; spans: TEvidenceSpan[] }) {
  const words = spans.filter((s) => s.analyzer === STAGE2_ANALYZER);
  if (!words.length) return null;
  return (
    <div className="mt-3 text-sm text-slate-800" data-testid="stage2-words">
      <p className="font-medium">
        Stage 2 (sentence encoder) reacted most to these words, marked “stage 2” above:
      </p>
      <ul className="ml-5 list-disc">
        {words.map((s) => (
          <li key={`${s.category}-${s.start}`}>
            <q>{body.slice(s.start, s.end)}</q> ({HARM_LABEL[s.category]}):{" "}
            {s.reason.replace(/^stage 2:\s*/, "")}
          </li>
        ))}
      </ul>
    </div>
  );
}
