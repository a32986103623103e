"use client";
// The queue's filter and sort form. Submitting writes everything to the URL (the single source of
// list state); the article and author filters show as removable chips.
import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  parseQueueParams,
  queueHref,
  QUEUE_SORTS,
  type TQueueParams,
} from "@/lib/moderation/queue-params";
import { COMMENT_STATUSES, HARM_LABEL, STATUS_LABEL } from "@/lib/moderation/types";
import { HARMS } from "@/lib/triage/types";

const SORT_LABEL = (sort: (typeof QUEUE_SORTS)[number]) =>
  sort === "priority"
    ? "Priority"
    : sort === "newest"
      ? "Newest"
      : sort === "oldest"
        ? "Oldest"
        : `${HARM_LABEL[sort.slice(6) as keyof typeof HARM_LABEL]} score`;

const field = "mt-0.5 block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm";

type TProps = { params: TQueueParams; labels: { article: string | null; author: string | null } };

export function QueueFilters({ params, labels }: TProps) {
  const router = useRouter();
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const raw: Record<string, string> = {};
    for (const [key, value] of data)
      if (typeof value === "string" && value.trim()) raw[key] = value.trim();
    router.push(queueHref(parseQueueParams(raw)));
  };
  return (
    <form
      onSubmit={onSubmit}
      role="search"
      aria-label="Filter the queue"
      className="mb-3 rounded-lg border border-slate-200 bg-white p-3"
    >
      <input type="hidden" name="view" value={params.view} />
      {params.article ? <input type="hidden" name="article" value={params.article} /> : null}
      {params.author ? <input type="hidden" name="author" value={params.author} /> : null}
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4 xl:grid-cols-8">
        <label className="col-span-2 text-xs font-medium text-slate-700">
          Search text <kbd className="font-mono">/</kbd>
          <input
            id="queue-search"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            placeholder='e.g. rats or "opcw faked"'
            className={field}
          />
        </label>
        <label className="text-xs font-medium text-slate-700">
          Harm
          <select name="harm" defaultValue={params.harm ?? ""} className={field}>
            <option value="">Any</option>
            {HARMS.map((h) => (
              <option key={h} value={h}>
                {HARM_LABEL[h]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-700">
          Score of
          <select name="scoreHarm" defaultValue={params.scoreHarm ?? ""} className={field}>
            <option value="">Same harm</option>
            {HARMS.map((h) => (
              <option key={h} value={h}>
                {HARM_LABEL[h]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-700">
          Min score
          <input
            name="minScore"
            type="number"
            min={0}
            max={1}
            step={0.05}
            defaultValue={params.minScore ?? ""}
            className={field}
          />
        </label>
        <label className="text-xs font-medium text-slate-700">
          Status (All view)
          <select name="status" defaultValue={params.status ?? ""} className={field}>
            <option value="">Any</option>
            {COMMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-700">
          Sort
          <select name="sort" defaultValue={params.sort} className={field}>
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL(s)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-xs font-medium text-slate-700">
          Date of
          <select name="dateField" defaultValue={params.dateField} className={field}>
            <option value="created">Import</option>
            <option value="posted">Posting</option>
          </select>
        </label>
        <label className="text-xs font-medium text-slate-700">
          From
          <input name="from" type="date" defaultValue={params.from ?? ""} className={field} />
        </label>
        <label className="text-xs font-medium text-slate-700">
          To
          <input name="to" type="date" defaultValue={params.to ?? ""} className={field} />
        </label>
        <label className="flex items-end gap-2 pb-1 text-sm">
          <input name="claim" type="checkbox" value="1" defaultChecked={!!params.claim} /> Has
          fact-check match
        </label>
        <div className="flex items-end gap-2">
          <button
            type="submit"
            className="rounded bg-slate-900 px-3 py-1.5 text-sm font-medium text-white"
          >
            Apply
          </button>
          <Link
            href={queueHref({ ...parseQueueParams({}), view: params.view })}
            className="rounded px-2 py-1.5 text-sm text-slate-700 underline"
          >
            Clear
          </Link>
        </div>
      </div>
      {params.article || params.author ? (
        <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Active filters">
          {params.article ? (
            <li className="flex items-center gap-1 rounded-full bg-slate-100 px-3 py-0.5">
              Article: {labels.article ?? `#${params.article}`}
              <Link
                href={queueHref(params, { article: undefined, cursor: undefined })}
                aria-label="Remove article filter"
                className="ml-1 font-bold"
              >
                ×
              </Link>
            </li>
          ) : null}
          {params.author ? (
            <li className="flex items-center gap-1 rounded-full bg-slate-100 px-3 py-0.5">
              Author: {labels.author ?? `#${params.author}`}
              <Link
                href={queueHref(params, { author: undefined, cursor: undefined })}
                aria-label="Remove author filter"
                className="ml-1 font-bold"
              >
                ×
              </Link>
            </li>
          ) : null}
        </ul>
      ) : null}
    </form>
  );
}
