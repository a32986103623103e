"use client";
// Runs the queue's decisions (one row, or a batch) through the shared operation hook and turns each
// result into a toast: "Approved" with Undo, "12 done, 3 skipped: already handled", or the conflict.
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { approveCommentAction } from "@/lib/moderation/actions/approve-comment";
import { flagCommentAction } from "@/lib/moderation/actions/flag-comment";
import { hideCommentAction } from "@/lib/moderation/actions/hide-comment";
import { unhideCommentAction } from "@/lib/moderation/actions/unhide-comment";
import { bulkModerateAction } from "@/lib/moderation/actions/bulk-moderate";
import { undoActionAction } from "@/lib/moderation/actions/undo-action";
import { undoBatchAction } from "@/lib/moderation/actions/undo-batch";
import {
  CATEGORY_LABEL,
  type TBulkOutcome,
  type TFlagCategory,
  type TQueueRow,
} from "@/lib/moderation/types";
import type { TToast } from "@/components/ui/action-toast";
import { useOperation } from "@/components/ui/use-operation";

export type TDecision =
  | { kind: "approve" }
  | { kind: "flag"; category: TFlagCategory; reason?: string }
  | { kind: "hide"; reason: string }
  | { kind: "unhide"; reason: string };
export type TBulkDecision = Exclude<TDecision, { kind: "unhide" }>;
export type TBulkTarget =
  | { kind: "ids"; items: Array<{ id: number; status: TQueueRow["status"] }> }
  | { kind: "filter"; params: Record<string, string> };

type TDeps = {
  show: (toast: TToast) => void;
  /** Rows decided here leave the list at once; the refreshed server list follows. */
  removeRows: (ids: number[]) => void;
};

const DONE: Record<TDecision["kind"], string> = {
  approve: "Approved",
  flag: "Flagged",
  hide: "Hidden",
  unhide: "Unhidden and approved",
};

/** "3 done, 1 skipped: already handled"; `leftLive` are selected rows others decided while selected. */
export function bulkSummary(
  r: Pick<TBulkOutcome, "done" | "skippedHandled" | "skippedReviewing">,
  leftLive = 0,
): string {
  const parts = [`${r.done} done`];
  const handled = r.skippedHandled + leftLive;
  if (handled) parts.push(`${handled} skipped: already handled`);
  if (r.skippedReviewing)
    parts.push(`${r.skippedReviewing} skipped: being reviewed by someone else`);
  return parts.join(", ");
}

export function useQueueActions({ show, removeRows }: TDeps) {
  const router = useRouter();
  const { run, busy } = useOperation({ toast: show });

  const undoOne = useCallback(
    async (actionId: number) => {
      await run(() => undoActionAction({ actionId }), { onOk: () => show({ message: "Undone." }) });
      router.refresh();
    },
    [router, run, show],
  );

  const decideRow = useCallback(
    async (row: TQueueRow, decision: TDecision) => {
      const input = { id: row.id, version: row.version };
      const result = await run(() =>
        decision.kind === "approve"
          ? approveCommentAction(input)
          : decision.kind === "flag"
            ? flagCommentAction({ ...input, category: decision.category, reason: decision.reason })
            : decision.kind === "hide"
              ? hideCommentAction({ ...input, reason: decision.reason })
              : unhideCommentAction({ ...input, reason: decision.reason }),
      );
      if (result.ok) {
        removeRows([row.id]);
        const what =
          decision.kind === "flag"
            ? `${DONE.flag} as ${CATEGORY_LABEL[decision.category]}`
            : DONE[decision.kind];
        show({ message: `${what}: comment #${row.id}.`, undo: () => undoOne(result.data.auditId) });
      }
      router.refresh();
    },
    [removeRows, router, run, show, undoOne],
  );

  const decideBatch = useCallback(
    async (target: TBulkTarget, decision: TBulkDecision, leftLive = 0) => {
      const result = await run(() =>
        bulkModerateAction({
          action: decision.kind,
          category: decision.kind === "flag" ? decision.category : undefined,
          reason: decision.kind === "approve" ? undefined : decision.reason,
          target,
        }),
      );
      if (result.ok) {
        removeRows(result.data.doneIds);
        const batchId = result.data.batchId;
        show({
          message: `${DONE[decision.kind]}: ${bulkSummary(result.data, leftLive)}.`,
          undo: result.data.done
            ? async () => {
                await run(() => undoBatchAction({ batchId }), {
                  onOk: (undo) => show({ message: `Batch undone: ${bulkSummary(undo)}.` }),
                });
                router.refresh();
              }
            : undefined,
        });
      }
      router.refresh();
      return result.ok;
    },
    [removeRows, router, run, show],
  );

  return { decideRow, decideBatch, busy };
}
