import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/auth/adapters";
import { getCommentReview } from "@/lib/moderation/review-queries";
import { getReviewContext } from "@/lib/moderation/context-queries";
import { getPreferences } from "@/lib/preferences/queries";
import { parseQueueParams, queueSearch } from "@/lib/moderation/queue-params";
import { AccessDenied } from "@/components/ui/access-denied";
import { formatTime } from "@/components/ui/format-time";
import { ClaimMatches } from "@/components/comment/claim-matches";
import { CommentBody } from "@/components/comment/comment-body";
import { ContextPanel } from "@/components/comment/context-panel";
import { HistoryList } from "@/components/comment/history-list";
import { NotesThread } from "@/components/comment/notes-thread";
import { ReviewActions } from "@/components/comment/review-actions";
import { ScoreBars } from "@/components/comment/score-bars";
import {
  STAGE_HINT,
  ScoresStageNote,
  Stage2Words,
  scoreStageLabel,
} from "@/components/comment/score-stage";
import { CommentReports } from "@/components/reader-reports/comment-reports";
import { HeldNotice } from "@/components/authors/held-notice";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "Review comment" };

type TProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const box = "rounded-lg border border-slate-200 bg-white p-4";

export default async function Page({ params, searchParams }: TProps) {
  const { id: rawId } = await params;
  const { user, allowed } = await pageAccess("queue:read", `/comments/${rawId}`);
  if (!allowed) return <AccessDenied role={user.role} />;
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0 || id > 2_147_483_647) notFound();
  const data = await getCommentReview(id);
  if (!data) notFound();
  const raw = (await searchParams).queue;
  // Re-serialised through the tolerant schema, so only known queue params travel on.
  const queue = queueSearch({
    ...parseQueueParams(new URLSearchParams(typeof raw === "string" ? raw : "")),
    cursor: undefined,
  });
  const { comment } = data;
  const [context, preferences] = await Promise.all([
    getReviewContext({
      id: comment.id,
      parentId: comment.parentId,
      authorId: comment.author?.id ?? null,
    }),
    getPreferences(user.id),
  ]);
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div className="space-y-4">
        <header>
          <h1 className="text-2xl font-semibold">Comment #{comment.id}</h1>
          <p className="text-sm text-slate-700">
            by{" "}
            {comment.author ? (
              <Link
                href={`/authors/${comment.author.id}`}
                className="font-semibold underline"
                data-testid="author-link"
              >
                {comment.author.name}
              </Link>
            ) : (
              <strong>Unknown author</strong>
            )}{" "}
            ·{" "}
            <time dateTime={comment.postedAt ?? comment.createdAt}>
              {formatTime(comment.postedAt ?? comment.createdAt)}
            </time>{" "}
            · priority {comment.priority.toFixed(0)} ·{" "}
            <span data-testid="score-stage" title={STAGE_HINT}>
              {scoreStageLabel(comment.scoreStage)}
            </span>
          </p>
        </header>
        <HeldNotice commentId={comment.id} />
        <section aria-labelledby="text-h" className={box}>
          <h2
            id="text-h"
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            Text and evidence
          </h2>
          <CommentBody
            key={comment.id}
            commentId={comment.id}
            body={comment.body}
            spans={data.spans}
            annotations={data.annotations}
          />
          <Stage2Words body={comment.body} spans={data.spans} />
        </section>
        <div className="grid gap-4 md:grid-cols-2">
          <section aria-labelledby="scores-h" className={box}>
            <h2
              id="scores-h"
              className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
            >
              Scores
            </h2>
            <ScoresStageNote stage={comment.scoreStage} />
            <ScoreBars scores={comment.scores} flagged={comment.flaggedHarms} />
          </section>
          <section aria-labelledby="claims-h" className={box}>
            <h2
              id="claims-h"
              className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
            >
              Fact-check matches
            </h2>
            <ClaimMatches claims={data.claims} />
          </section>
        </div>
        <section aria-labelledby="reports-h" className={box}>
          <h2
            id="reports-h"
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            Reader reports
          </h2>
          <CommentReports
            commentId={comment.id}
            canResolve={can(user.role, "reader-report:resolve")}
          />
        </section>
        <section aria-labelledby="notes-h" className={box}>
          <h2
            id="notes-h"
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            Notes
          </h2>
          <NotesThread commentId={comment.id} notes={data.notes} />
        </section>
        <section aria-labelledby="history-h" className={box}>
          <h2
            id="history-h"
            className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600"
          >
            History
          </h2>
          <HistoryList entries={data.history} />
        </section>
      </div>
      <aside className="space-y-3" aria-label="Decision and context">
        <ReviewActions
          key={comment.id}
          id={comment.id}
          status={comment.status}
          flagCategory={comment.flagCategory}
          version={comment.version}
          lease={comment.lease}
          queue={queue}
          autoAdvance={preferences.autoAdvance}
        />
        <ContextPanel comment={comment} context={context} queue={queue} />
      </aside>
    </div>
  );
}
