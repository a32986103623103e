"use client";
// Editors' switches for an article: hide / restore it (with a reason) and close / reopen comments.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { hideArticleAction } from "@/lib/moderation/actions/hide-article";
import { restoreArticleAction } from "@/lib/moderation/actions/restore-article";
import { closeCommentsAction } from "@/lib/moderation/actions/close-comments";
import { reopenCommentsAction } from "@/lib/moderation/actions/reopen-comments";
import { ReasonDialog } from "@/components/ui/decision-dialogs";
import { useOperation } from "@/components/ui/use-operation";
import type { TResult } from "@/lib/auth/operation";

type TProps = {
  articleId: number;
  hidden: boolean;
  commentsOpen: boolean;
  canHide: boolean;
  canClose: boolean;
};

export function ArticleControls({ articleId, hidden, commentsOpen, canHide, canClose }: TProps) {
  const router = useRouter();
  const [dialog, setDialog] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const operation = useOperation();
  const run = async (done: string, call: () => Promise<TResult<unknown>>) => {
    const result = await operation.run(call);
    setMessage(result.ok ? { text: done, error: false } : { text: result.error, error: true });
    router.refresh();
  };
  if (!canHide && !canClose)
    return (
      <p className="text-sm text-slate-700" data-testid="editor-only">
        Only editors and admins can hide this article or close its comments.
      </p>
    );
  return (
    <div>
      <div className="flex flex-wrap gap-2">
        {canHide ? (
          hidden ? (
            <button
              type="button"
              onClick={() => run("Article restored.", () => restoreArticleAction({ articleId }))}
              className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
            >
              Restore article
            </button>
          ) : (
            <button
              type="button"
              onClick={() => setDialog(true)}
              className="rounded bg-red-800 px-3 py-1.5 text-sm font-medium text-white"
            >
              Hide article…
            </button>
          )
        ) : null}
        {canClose ? (
          commentsOpen ? (
            <button
              type="button"
              onClick={() => run("Comments closed.", () => closeCommentsAction({ articleId }))}
              className="rounded border border-slate-300 px-3 py-1.5 text-sm"
            >
              Close comments
            </button>
          ) : (
            <button
              type="button"
              onClick={() => run("Comments reopened.", () => reopenCommentsAction({ articleId }))}
              className="rounded border border-slate-300 px-3 py-1.5 text-sm"
            >
              Reopen comments
            </button>
          )
        ) : null}
      </div>
      <p
        role="status"
        className={`mt-2 text-sm ${message?.error ? "text-red-800" : "text-slate-700"}`}
      >
        {message?.text}
      </p>
      <ReasonDialog
        open={dialog}
        title="Hide article and its thread"
        action="Hide article"
        onClose={() => setDialog(false)}
        onSubmit={(reason) => {
          setDialog(false);
          void run("Article hidden from the public site.", () =>
            hideArticleAction({ articleId, reason }),
          );
        }}
      />
    </div>
  );
}
