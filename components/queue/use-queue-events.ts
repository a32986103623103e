"use client";
// Subscribes to /api/queue/events (SSE) while the queue is open; the browser reconnects by itself,
// and after a reconnect `onReconnected` lets the page catch up on what it missed meanwhile.
import { useEffect, useRef } from "react";
import type { TCommentStatus, TFlagCategory, TLease } from "@/lib/moderation/types";

export type TChangedRow = {
  id: number;
  status: TCommentStatus;
  flagCategory: TFlagCategory | null;
  version: number;
  lease: TLease;
};
type THandlers = {
  onInserted: (count: number) => void;
  onChanged: (rows: TChangedRow[]) => void;
  onReconnected?: () => void;
};

export function useQueueEvents(handlers: THandlers): void {
  const ref = useRef(handlers);
  // The latest handlers (they close over the current rows), kept without reopening the stream.
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource("/api/queue/events");
    let opened = false;
    source.addEventListener("ready", () => {
      if (opened) ref.current.onReconnected?.();
      opened = true;
    });
    const parse = (e: MessageEvent) => {
      try {
        return JSON.parse(e.data);
      } catch {
        return null;
      }
    };
    source.addEventListener("inserted", (e) => {
      const data = parse(e as MessageEvent);
      if (data?.count) ref.current.onInserted(Number(data.count));
    });
    source.addEventListener("changed", (e) => {
      const data = parse(e as MessageEvent);
      if (Array.isArray(data?.rows)) ref.current.onChanged(data.rows);
    });
    return () => source.close();
  }, []);
}
