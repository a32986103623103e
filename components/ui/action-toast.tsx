"use client";
// The undo toast: announced politely (aria-live), with an Undo button that "u" also triggers.
import { useCallback, useState, useSyncExternalStore } from "react";

export type TToast = {
  message: string;
  tone?: "info" | "error";
  undo?: () => Promise<void> | void;
};

const TOAST_MS = 12_000;

// One toast for the whole workspace, kept outside any page, so "Approved. Undo" stays on screen
// when the review page moves on to the next comment.
let current: TToast | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

export function showToast(next: TToast | null): void {
  current = next;
  if (timer) clearTimeout(timer);
  if (next) timer = setTimeout(() => showToast(null), TOAST_MS);
  emit();
}

export function useToast() {
  const toast = useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
  const show = useCallback((next: TToast) => showToast(next), []);
  const dismiss = useCallback(() => showToast(null), []);
  return { toast, show, dismiss };
}

export function ActionToast({ toast, onDismiss }: { toast: TToast | null; onDismiss: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-40 flex justify-center px-4">
      <div
        role="status"
        aria-live="polite"
        aria-atomic="true"
        className="pointer-events-auto"
        data-testid="toast"
      >
        {toast ? (
          <div
            className={`flex items-center gap-3 rounded-lg px-4 py-2 text-sm shadow-lg ${toast.tone === "error" ? "bg-red-800 text-white" : "bg-slate-900 text-white"}`}
          >
            <span>{toast.message}</span>
            {toast.undo ? (
              <button
                type="button"
                disabled={busy}
                className="rounded bg-white px-2 py-0.5 font-semibold text-slate-900 disabled:opacity-60"
                onClick={async () => {
                  setBusy(true);
                  try {
                    await toast.undo?.();
                  } finally {
                    setBusy(false);
                  }
                }}
              >
                Undo (u)
              </button>
            ) : null}
            <button
              type="button"
              aria-label="Dismiss"
              className="px-1 text-slate-300 hover:text-white"
              onClick={onDismiss}
            >
              ×
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
