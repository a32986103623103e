// The one keyboard-shortcut dispatcher of the workspace. Every handler (page keys and the nav's
// "g then letter") registers here, so a pending "g" prefix, an open dialog or a text field stops
// every handler alike, and keys pressed while a page is being replaced wait for the next page.
// Pure (no DOM access of its own) so the rules are unit-tested without a browser.

/** A handler returning false leaves the key to the browser (e.g. Enter on a focused link). */
export type TShortcutHandler = (event: KeyboardEvent) => void | boolean;
/** Keys are `event.key` values ("a", "?", "Enter") or a prefix sequence ("g a"). */
export type TShortcutMap = Record<string, TShortcutHandler>;
/** "page" scopes belong to a page (queue, review); the shell's nav keys are a "shell" scope. */
export type TShortcutScope = { current: TShortcutMap; kind?: "page" | "shell" };

/** The subset of a KeyboardEvent the dispatcher reads; `at` is when the key was pressed (replays). */
export type TKeyInput = {
  key: string;
  target: EventTarget | null;
  metaKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  defaultPrevented?: boolean;
  preventDefault: () => void;
  at?: number;
};

export const PREFIX_KEY = "g";
/** How long a pressed "g" waits for its second key. */
export const PREFIX_MS = 1500;
/** How long keys pressed during a page change wait for the next page's handlers. */
export const HOLD_MS = 5000;

type TEnv = { now: () => number; dialogOpen: () => boolean; schedule: (fn: () => void) => void };

/** Inputs that take no typed text: a focused checkbox (a row's, auto-advance) leaves the keys to the shortcuts. */
const NON_TEXT_INPUTS = new Set([
  "checkbox",
  "radio",
  "button",
  "submit",
  "reset",
  "range",
  "color",
  "file",
  "image",
]);

export function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as (HTMLElement & { type?: string }) | null;
  if (!el || !el.tagName) return false;
  if (el.tagName === "INPUT") return !NON_TEXT_INPUTS.has(String(el.type ?? "text").toLowerCase());
  return !!el.isContentEditable || ["TEXTAREA", "SELECT"].includes(el.tagName);
}

export function createShortcutRegistry(env: TEnv) {
  const scopes: TShortcutScope[] = [];
  let prefixAt = 0;
  let holdUntil = 0;
  let held: TKeyInput[] = [];
  /** A replay is scheduled: keys pressed until it runs join the held ones. */
  let releasing = false;
  /** Bumped by every hold and cancel: a scheduled replay from before then does nothing. */
  let generation = 0;

  /** Latest registered scope first: a page's keys win over the shell's. */
  const find = (key: string): TShortcutHandler | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const handler = scopes[i].current[key];
      if (handler) return handler;
    }
    return undefined;
  };
  const hasSequences = () =>
    scopes.some((s) => Object.keys(s.current).some((k) => k.startsWith(`${PREFIX_KEY} `)));

  /** Handles one key press; returns true when a shortcut took it. */
  function dispatch(e: TKeyInput): boolean {
    if (e.defaultPrevented || e.metaKey || e.ctrlKey || e.altKey || isTypingTarget(e.target))
      return false;
    const now = e.at ?? env.now();
    if (env.dialogOpen()) {
      prefixAt = 0; // a dialog handles its own keys; a "g" pressed before it opened is forgotten
      return false;
    }
    if (holdUntil) {
      if (releasing || env.now() < holdUntil) {
        // Copied field by field: a DOM event's fields are getters on its prototype, which a spread drops.
        held.push({
          key: e.key,
          target: e.target,
          metaKey: e.metaKey,
          ctrlKey: e.ctrlKey,
          altKey: e.altKey,
          at: now,
          preventDefault: () => {},
        });
        e.preventDefault();
        return true;
      }
      holdUntil = 0;
      held = [];
    }
    if (prefixAt) {
      const fresh = now - prefixAt <= PREFIX_MS;
      prefixAt = 0;
      if (fresh) {
        // The key after "g" belongs to the sequence, whether or not one matches: never a page key.
        find(`${PREFIX_KEY} ${e.key}`)?.(e as unknown as KeyboardEvent);
        e.preventDefault();
        return true;
      }
    }
    if (e.key === PREFIX_KEY && hasSequences()) {
      prefixAt = now;
      e.preventDefault();
      return true;
    }
    const handler = find(e.key);
    if (!handler) return false;
    if (handler(e as unknown as KeyboardEvent) !== false) e.preventDefault();
    return true;
  }

  /** Keys pressed from now until the next page registers its keys are kept for that page. */
  function hold(ms = HOLD_MS, keys: TKeyInput[] = []): void {
    holdUntil = env.now() + ms;
    // Keys still waiting for a scheduled replay wait for this page instead.
    held = releasing ? [...held, ...keys] : [...keys];
    releasing = false;
    generation++;
  }

  /**
   * The next page is ready: replay what was pressed meanwhile. Keys keep being held until the
   * replay runs, so one pressed in between ("a" of "g a") comes after the held ones, not before.
   */
  function release(): void {
    if (!holdUntil || releasing) return;
    releasing = true;
    const at = generation;
    env.schedule(() => {
      if (at !== generation) return; // held again or cancelled meanwhile
      releasing = false;
      holdUntil = 0;
      const keys = held;
      held = [];
      keys.forEach((k) => dispatch(k));
    });
  }

  /** The page change did not happen (e.g. no next comment): drop the held keys. */
  function cancelHold(): void {
    holdUntil = 0;
    held = [];
    releasing = false;
    generation++;
  }

  function register(scope: TShortcutScope): () => void {
    scopes.push(scope);
    if (scope.kind !== "shell") release();
    return () => {
      const at = scopes.indexOf(scope);
      if (at >= 0) scopes.splice(at, 1);
    };
  }

  const pageReady = () => scopes.some((s) => s.kind !== "shell");

  return {
    dispatch,
    hold,
    release,
    cancelHold,
    register,
    pageReady,
    pendingPrefix: () => prefixAt !== 0,
  };
}

export type TShortcutRegistry = ReturnType<typeof createShortcutRegistry>;
