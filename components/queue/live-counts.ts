"use client";
// The queue tabs' counts, kept current while the queue is open: the workspace asks for a refresh
// on every live event (debounced), the tabs read the latest answer for the same filters.
import { useSyncExternalStore } from "react";
import type { TViewCounts } from "@/lib/moderation/types";

const DEBOUNCE_MS = 700;

let latest: { key: string; counts: TViewCounts } | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
/** Answers can arrive out of order: only the answer to the latest request is shown. */
let sent = 0;
const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

/** `search` is the queue's params without cursor; counts for other filters are ignored by the tabs. */
export function requestCountsRefresh(search: string): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(async () => {
    const mine = ++sent;
    const response = await fetch(`/api/queue/counts?${search}`, { cache: "no-store" }).catch(
      () => null,
    );
    if (!response?.ok) return; // the next event tries again; the server-rendered counts stay
    const counts = (await response.json().catch(() => null)) as TViewCounts | null;
    if (!counts || mine !== sent) return;
    latest = { key: search, counts };
    listeners.forEach((l) => l());
  }, DEBOUNCE_MS);
}

export function useLiveCounts(initial: TViewCounts, search: string): TViewCounts {
  const live = useSyncExternalStore(
    subscribe,
    () => latest,
    () => null,
  );
  return live && live.key === search ? live.counts : initial;
}
