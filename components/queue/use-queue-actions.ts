"use client";
// Runs the queue's decisions (one row, or a batch) through the server actions and turns each
// result into a toast: "Approved" with Undo, "12 done, 3 skipped: already handled", or the conflict.
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { approveCommentAction } from "@/lib/moderation/actions/approve-comment";
import { flagCommentAction } from "@/lib/moderation/actions/flag-comment";
import { hideCommentAction } from "@/lib/moderation/actions/hide-comment";
import { bulkModerateAction } from "@/lib/moderation/actions/bulk-moderate";
import { undoActionAction } from "@/lib/moderation/actions/undo-action";
import { undoBatchAction } from "@/lib/moderation/actions/undo-batch";
import { CATEGORY_LABEL, type TBulkOutcome, type TFlagCategory, type TQueueRow } from "@/lib/moderation/types";
import type { TToast } from "@/components/ui/action-toast";

export type TDecision = { kind: "approve" } | { kind: "flag"; category: TFlagCategory; reason?: string } | { kind: "hide"; reason: string };
export type TBulkTarget = { kind: "ids"; items: Array<{ id: number; status: TQueueRow["status"] }> } | { kind: "filter"; params: Record<string, string> };

type TDeps = {
  show: (toast: TToast) => void;
  /** Rows decided here leave the list at once; the refreshed server list follows. */
  removeRows: (ids: number[]) => void;
};

const DONE: Record<TDecision["kind"], string> = { approve: "Approved", flag: "Flagged", hide: "Hidden" };

export function bulkSummary(r: TBulkOutcome): string {
  const parts = [`${r.done} done`];
  if (r.skippedHandled) parts.push(`${r.skippedHandled} skipped: already handled`);
  if (r.skippedReviewing) parts.push(`${r.skippedReviewing} skipped: being reviewed by someone else`);
  return parts.join(", ");
}

export function useQueueActions({ show, removeRows }: TDeps) {
  const router = useRouter();

  const undoOne = useCallback(
    async (actionId: number) => {
      const result = await undoActionAction({ actionId });
      show(result.ok ? { message: "Undone." } : { message: result.error, tone: "error" });
      router.refresh();
    },
    [router, show],
  );

  const decideRow = useCallback(
    async (row: TQueueRow, decision: TDecision) => {
      const input = { id: row.id, version: row.version };
      const result =
        decision.kind === "approve"
          ? await approveCommentAction(input)
          : decision.kind === "flag"
            ? await flagCommentAction({ ...input, category: decision.category, reason: decision.reason })
            : await hideCommentAction({ ...input, reason: decision.reason });
      if (result.ok) {
        removeRows([row.id]);
        const what = decision.kind === "flag" ? `${DONE.flag} as ${CATEGORY_LABEL[decision.category]}` : DONE[decision.kind];
        show({ message: `${what}: comment #${row.id}.`, undo: () => undoOne(result.data.auditId) });
      } else {
        show({ message: result.error, tone: "error" });
      }
      router.refresh();
    },
    [removeRows, router, show, undoOne],
  );

  const decideBatch = useCallback(
    async (target: TBulkTarget, decision: TDecision) => {
      const result = await bulkModerateAction({
        action: decision.kind,
        category: decision.kind === "flag" ? decision.category : undefined,
        reason: decision.kind === "approve" ? undefined : decision.reason,
        target,
      });
      if (result.ok) {
        removeRows(result.data.doneIds);
        const batchId = result.data.batchId;
        show({
          message: `${DONE[decision.kind]}: ${bulkSummary(result.data)}.`,
          undo: result.data.done
            ? async () => {
                const undo = await undoBatchAction({ batchId });
                show(undo.ok ? { message: `Batch undone: ${bulkSummary(undo.data)}.` } : { message: undo.error, tone: "error" });
                router.refresh();
              }
            : undefined,
        });
      } else {
        show({ message: result.error, tone: "error" });
      }
      router.refresh();
      return result.ok;
    },
    [removeRows, router, show],
  );

  return { decideRow, decideBatch };
}
