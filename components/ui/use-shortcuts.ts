"use client";
// Single-key shortcuts for the queue and review pages. They never fire while typing in a field,
// with a modifier held, or while a dialog is open (the dialog handles its own keys).
import { useEffect, useRef } from "react";

export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
}

/** A handler returning false leaves the key to the browser (e.g. Enter on a focused link). */
export type TShortcutMap = Record<string, (event: KeyboardEvent) => void | boolean>;

export function useShortcuts(map: TShortcutMap, enabled = true): void {
  const ref = useRef(map);
  ref.current = map;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey || isTypingTarget(e.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const handler = ref.current[e.key];
      if (!handler) return;
      if (handler(e) !== false) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
