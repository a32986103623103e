"use client";
// Fact-check candidates of a comment, in the ranked order the triage engine gives: suggested ones
// (over the cut-off) and decided ones up front with confirm / reject; lower candidates folded below.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useOperation } from "@/components/ui/use-operation";
import { decideClaimAction } from "@/lib/moderation/actions/decide-claim";
import type { TClaimSuggestion } from "@/lib/moderation/review-types";
import { safeHttpUrl } from "@/lib/validation/values";

const STATUS_TEXT = {
  SUGGESTED: "Suggested",
  CONFIRMED: "Confirmed",
  REJECTED: "Rejected",
} as const;

type TDecide = (claim: TClaimSuggestion, decision: "CONFIRMED" | "REJECTED") => void;

function ClaimItem({
  c,
  busy,
  decide,
  lower,
}: {
  c: TClaimSuggestion;
  busy: boolean;
  decide: TDecide;
  lower: boolean;
}) {
  const status = lower && c.status === "SUGGESTED" ? "Lower candidate" : STATUS_TEXT[c.status];
  const link = safeHttpUrl(c.url); // rows stored before http(s)-only validation never become script links
  return (
    <li
      className={`rounded border p-2 text-sm ${lower ? "border-slate-200 bg-slate-50" : "border-amber-300"}`}
      data-testid={lower ? "claim-candidate" : "claim-match"}
    >
      <p className={lower ? "text-slate-800" : "font-medium"}>
        <span className="mr-1 text-slate-500">#{c.rank}</span>
        {c.claim}
      </p>
      <p className="mt-1 text-slate-700">
        Verdict: <strong>{c.verdict}</strong>
        {c.publishedAt ? (
          <>
            {" · published "}
            <time dateTime={c.publishedAt}>{c.publishedAt}</time>
          </>
        ) : null}
        {" · "}match score {c.score.toFixed(2)} · {status}
        {link ? (
          <>
            {" · "}
            <a href={link} target="_blank" rel="noreferrer noopener" className="underline">
              Fact check{c.publisher ? ` (${c.publisher})` : ""}
            </a>
          </>
        ) : null}
      </p>
      <div className="mt-2 flex gap-2">
        {c.status !== "CONFIRMED" ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => decide(c, "CONFIRMED")}
            className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
          >
            Confirm match
          </button>
        ) : null}
        {c.status !== "REJECTED" && !lower ? (
          <button
            type="button"
            disabled={busy}
            onClick={() => decide(c, "REJECTED")}
            className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100"
          >
            Reject match
          </button>
        ) : null}
      </div>
    </li>
  );
}

export function ClaimMatches({ claims }: { claims: TClaimSuggestion[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  const { run } = useOperation();
  if (claims.length === 0) return <p className="text-sm text-slate-600">No fact-check matches.</p>;
  const decide: TDecide = (claim, decision) => {
    setBusy(claim.id);
    void run(() => decideClaimAction({ matchId: claim.id, decision, expected: claim.status }), {
      onOk: () => setMessage(`Match ${decision === "CONFIRMED" ? "confirmed" : "rejected"}.`),
      onError: (failure) => {
        setMessage(failure.error);
        return true;
      },
    }).finally(() => {
      setBusy(null);
      router.refresh();
    });
  };
  // A moderator's decision always shows up front, whatever the score.
  const upFront = claims.filter((c) => c.suggested || c.status !== "SUGGESTED");
  const lower = claims.filter((c) => !c.suggested && c.status === "SUGGESTED");
  return (
    <div>
      {upFront.length ? (
        <ul className="space-y-2">
          {upFront.map((c) => (
            <ClaimItem key={c.id} c={c} busy={busy === c.id} decide={decide} lower={false} />
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">No fact-check is suggested for this comment.</p>
      )}
      {lower.length ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm text-slate-700">
            {lower.length} lower {lower.length === 1 ? "candidate" : "candidates"} (under the
            suggestion cut-off)
          </summary>
          <ul className="mt-2 space-y-2">
            {lower.map((c) => (
              <ClaimItem key={c.id} c={c} busy={busy === c.id} decide={decide} lower />
            ))}
          </ul>
        </details>
      ) : null}
      <p role="status" className="mt-1 text-sm text-slate-700">
        {message}
      </p>
    </div>
  );
}
