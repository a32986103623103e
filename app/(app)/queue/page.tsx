import type { Metadata } from "next";
import { Suspense } from "react";
import Link from "next/link";
import { pageAccess } from "@/lib/auth/adapters";
import { getFilterLabels, getQueuePage } from "@/lib/moderation/queries";
import { getSessionPreferences } from "@/lib/auth/session";
import {
  hasFilters,
  parseQueueParams,
  queueHref,
  queueSearch,
  VIEW_LABEL,
} from "@/lib/moderation/queue-params";
import { AccessDenied } from "@/components/ui/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { QueueFilters } from "@/components/queue/queue-filters";
import { PendingQueueTabs, StreamedQueueTabs } from "./streamed-tabs";
import { QueueWorkspace } from "@/components/queue/queue-workspace";

export const metadata: Metadata = { title: "Queue" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: TProps) {
  const { user, allowed } = await pageAccess("queue:read", "/queue");
  if (!allowed) return <AccessDenied role={user.role} />;
  const params = parseQueueParams(await searchParams);
  // The counts stream in their own boundary (below) so the rows do not wait for them.
  const [page, labels, preferences] = await Promise.all([
    getQueuePage(params),
    getFilterLabels(params),
    getSessionPreferences(),
  ]);
  const key = queueSearch(params);
  return (
    <>
      <h1 className="mb-3 text-2xl font-semibold">
        Queue{" "}
        <span className="text-base font-normal text-slate-600">
          · {VIEW_LABEL[params.view]}
          {labels.article ? ` · ${labels.article}` : ""}
        </span>
      </h1>
      <Suspense key={`t-${key}`} fallback={<PendingQueueTabs params={params} />}>
        <StreamedQueueTabs params={params} />
      </Suspense>
      <QueueFilters key={`f-${key}`} params={params} labels={labels} />
      <QueueWorkspace
        key={`w-${key}`}
        rows={page.rows}
        params={params}
        me={user.id}
        compact={preferences.compactQueue}
        empty={
          <EmptyState
            title={
              hasFilters(params)
                ? "No comments match these filters"
                : `Nothing in ${VIEW_LABEL[params.view]}`
            }
          >
            {hasFilters(params) ? (
              <Link
                href={queueHref({ ...parseQueueParams({}), view: params.view })}
                className="underline"
              >
                Clear the filters
              </Link>
            ) : (
              "New comments appear here as they are imported and scored."
            )}
          </EmptyState>
        }
      />
      <nav aria-label="Pages" className="mt-3 flex gap-3 text-sm">
        {params.cursor ? (
          <Link href={queueHref(params, { cursor: undefined })} className="underline">
            ← First page
          </Link>
        ) : null}
        {page.nextCursor ? (
          <Link
            href={queueHref(params, { cursor: page.nextCursor })}
            className="underline"
            rel="next"
          >
            Next page →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
