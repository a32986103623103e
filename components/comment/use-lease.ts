"use client";
// Holds the review lease while the page is open: take on open, renew every minute, release on
// leave (server action on navigation, a beacon when the tab closes).
import { useEffect, useState } from "react";
import { claimCommentAction } from "@/lib/moderation/actions/claim-comment";
import { releaseClaimAction } from "@/lib/moderation/actions/release-claim";
import type { TLease } from "@/lib/moderation/types";
import { runOperation } from "@/components/ui/run-operation";

const RENEW_MS = 60_000;

export function useLease(commentId: number, initial: TLease): { held: boolean; lease: TLease } {
  const [state, setState] = useState<{ held: boolean; lease: TLease }>({
    held: true,
    lease: initial,
  });
  useEffect(() => {
    let alive = true;
    const take = async () => {
      // Renewed every minute anyway: no retries, and a dropped connection is not an unhandled error.
      const result = await runOperation(() => claimCommentAction({ id: commentId }), {
        retries: 0,
      });
      if (alive && result.ok) setState(result.data);
    };
    void take();
    const timer = setInterval(() => void take(), RENEW_MS);
    const onHide = () =>
      navigator.sendBeacon?.("/api/queue/lease", JSON.stringify({ id: commentId, release: true }));
    window.addEventListener("pagehide", onHide);
    return () => {
      alive = false;
      clearInterval(timer);
      window.removeEventListener("pagehide", onHide);
      void runOperation(() => releaseClaimAction({ id: commentId }), { retries: 0 });
    };
  }, [commentId]);
  return state;
}
