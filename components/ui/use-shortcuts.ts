"use client";
// Page-level keyboard shortcuts through the one shared dispatcher (see shortcut-registry.ts). They
// never fire while typing in a field, with a modifier held, while a dialog is open (the dialog
// handles its own keys) or as the second key of a "g" sequence.
import { useEffect, useLayoutEffect, useRef } from "react";
import {
  createShortcutRegistry,
  type TShortcutMap,
  type TShortcutScope,
} from "./shortcut-registry";

export { isTypingTarget, type TShortcutMap } from "./shortcut-registry";

/** The workspace's single registry; the document listener lives in <ShortcutLayer />. */
export const shortcuts = createShortcutRegistry({
  now: () => Date.now(),
  dialogOpen: () => typeof document !== "undefined" && !!document.querySelector("dialog[open]"),
  schedule: (fn) => void setTimeout(fn, 0),
});

export function useShortcuts(
  map: TShortcutMap,
  enabled = true,
  kind: "page" | "shell" = "page",
): void {
  const scope = useRef<TShortcutScope>({ current: {}, kind });
  useLayoutEffect(() => {
    scope.current.current = enabled ? map : {};
  });
  useEffect(() => shortcuts.register(scope.current), []);
}
