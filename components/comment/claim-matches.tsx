"use client";
// Suggested fact-check matches (claim, verdict, link) with confirm / reject.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { decideClaimAction } from "@/lib/moderation/actions/decide-claim";
import type { TClaimSuggestion } from "@/lib/moderation/review-types";

const STATUS_TEXT = { SUGGESTED: "Suggested", CONFIRMED: "Confirmed", REJECTED: "Rejected" } as const;

export function ClaimMatches({ claims }: { claims: TClaimSuggestion[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState<number | null>(null);
  if (claims.length === 0) return <p className="text-sm text-slate-600">No fact-check matches.</p>;
  const decide = async (claim: TClaimSuggestion, decision: "CONFIRMED" | "REJECTED") => {
    setBusy(claim.id);
    const result = await decideClaimAction({ matchId: claim.id, decision, expected: claim.status });
    setBusy(null);
    setMessage(result.ok ? `Match ${decision === "CONFIRMED" ? "confirmed" : "rejected"}.` : result.error);
    router.refresh();
  };
  return (
    <div>
      <ul className="space-y-2">
        {claims.map((c) => (
          <li key={c.id} className="rounded border border-slate-200 p-2 text-sm" data-testid="claim-match">
            <p className="font-medium">{c.claim}</p>
            <p className="mt-1 text-slate-700">
              Verdict: <strong>{c.verdict}</strong> · similarity {c.score.toFixed(2)} · {STATUS_TEXT[c.status]}
              {c.url ? (
                <>
                  {" · "}
                  <a href={c.url} target="_blank" rel="noreferrer noopener" className="underline">Fact check{c.publisher ? ` (${c.publisher})` : ""}</a>
                </>
              ) : null}
            </p>
            <div className="mt-2 flex gap-2">
              {c.status !== "CONFIRMED" ? (
                <button type="button" disabled={busy === c.id} onClick={() => decide(c, "CONFIRMED")} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100">Confirm match</button>
              ) : null}
              {c.status !== "REJECTED" ? (
                <button type="button" disabled={busy === c.id} onClick={() => decide(c, "REJECTED")} className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100">Reject match</button>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
      <p role="status" className="mt-1 text-sm text-slate-700">{message}</p>
    </div>
  );
}
