"use client";
// Installs the workspace's one keydown listener (on the document) and hands it every key; replays
// keys pressed before hydration (kept by the inline key-buffer script). Held keys are released by
// the page registering its keys (see shortcut-registry.ts), never earlier: releasing them before
// the page's part had hydrated is what lost the first key.
import { useEffect } from "react";
import { KEY_BUFFER_GLOBAL } from "./key-buffer-script";
import { HOLD_MS } from "./shortcut-registry";
import { shortcuts } from "./use-shortcuts";

type TBuffered = { key: string; at: number };

const FIRST_PAGE_WAIT_MS = 1500;

export function ShortcutLayer() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => void shortcuts.dispatch(e);
    document.addEventListener("keydown", onKey);
    const w = window as unknown as Record<string, TBuffered[] | null | undefined>;
    const early = w[KEY_BUFFER_GLOBAL] ?? [];
    w[KEY_BUFFER_GLOBAL] = null; // the inline listener retires itself on its next key
    // Keys pressed before hydration, and any pressed from now until the page's own keys are
    // registered (the page may hydrate after the shell), are held and then replayed in order; a
    // page without keys of its own gets them after a moment (the nav's "g" keys).
    shortcuts.hold(
      HOLD_MS,
      early.map((k) => ({ key: k.key, at: k.at, target: document.body, preventDefault: () => {} })),
    );
    setTimeout(() => shortcuts.pageReady() && shortcuts.release(), 0);
    // A page whose markup says it has keys ([data-shortcuts]) is waited for (up to HOLD_MS);
    // on any other page the held keys go to the nav after a moment.
    const fallback = setTimeout(() => {
      if (shortcuts.pageReady() || !document.querySelector("[data-shortcuts]")) shortcuts.release();
    }, FIRST_PAGE_WAIT_MS);
    return () => {
      clearTimeout(fallback);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return null;
}
