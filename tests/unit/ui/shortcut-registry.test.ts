// The keyboard layer's rules: "g a" navigates and approves nothing, dialogs and fields stop every
// key, and keys pressed during a page change wait for the next page instead of acting on the old one.
import { describe, expect, it } from "vitest";
import {
  createShortcutRegistry,
  PREFIX_MS,
  type TKeyInput,
} from "@/components/ui/shortcut-registry";

function setup() {
  let now = 1_000;
  let dialog = false;
  const scheduled: Array<() => void> = [];
  const registry = createShortcutRegistry({
    now: () => now,
    dialogOpen: () => dialog,
    schedule: (fn) => void scheduled.push(fn),
  });
  const log: string[] = [];
  const key = (
    k: string,
    target: unknown = { tagName: "BODY" },
  ): TKeyInput & { prevented: boolean } => {
    const e = {
      key: k,
      target: target as EventTarget,
      prevented: false,
      preventDefault: () => void (e.prevented = true),
    };
    return e;
  };
  const press = (k: string, target?: unknown) => {
    const e = key(k, target);
    registry.dispatch(e);
    return e;
  };
  const nav = {
    current: {
      "g a": () => void log.push("nav:articles"),
      "g q": () => void log.push("nav:queue"),
    },
    kind: "shell" as const,
  };
  const page = { current: { a: () => void log.push("approve"), j: () => void log.push("next") } };
  registry.register(nav);
  const unregisterPage = registry.register(page);
  return {
    registry,
    log,
    press,
    unregisterPage,
    page,
    flush: () => scheduled.splice(0).forEach((fn) => fn()),
    tick: (ms: number) => void (now += ms),
    setDialog: (open: boolean) => void (dialog = open),
  };
}

describe("shortcut registry", () => {
  it("g then a navigates and never approves", () => {
    const t = setup();
    expect(t.press("g").prevented).toBe(true);
    t.press("a");
    expect(t.log).toEqual(["nav:articles"]);
  });

  it("the key after g is swallowed even when no sequence matches", () => {
    const t = setup();
    t.press("g");
    t.press("j");
    t.press("a");
    expect(t.log).toEqual(["approve"]);
  });

  it("a stale g prefix expires and the next key acts normally", () => {
    const t = setup();
    t.press("g");
    t.tick(PREFIX_MS + 1);
    t.press("a");
    expect(t.log).toEqual(["approve"]);
  });

  it("no key acts while a dialog is open, and a g pressed before it opened is forgotten", () => {
    const t = setup();
    t.press("g");
    t.setDialog(true);
    expect(t.press("a").prevented).toBe(false);
    t.setDialog(false);
    t.press("a");
    expect(t.log).toEqual(["approve"]);
  });

  it("keys typed in a field or with a modifier are left alone", () => {
    const t = setup();
    t.press("a", { tagName: "INPUT" });
    t.press("a", { tagName: "TEXTAREA" });
    t.press("a", { tagName: "DIV", isContentEditable: true });
    const e = { key: "a", target: null, ctrlKey: true, preventDefault: () => {} };
    t.registry.dispatch(e);
    expect(t.log).toEqual([]);
  });

  it("a focused checkbox takes no text, so the keys still work", () => {
    const t = setup();
    t.press("a", { tagName: "INPUT", type: "checkbox" });
    expect(t.log).toEqual(["approve"]);
  });

  it("keys held during a page change go to the next page, not the old one", () => {
    const t = setup();
    t.registry.hold();
    t.press("a");
    expect(t.log).toEqual([]);
    t.unregisterPage();
    const next: string[] = [];
    t.registry.register({ current: { a: () => void next.push("approve on next page") } });
    t.flush();
    expect(next).toEqual(["approve on next page"]);
    expect(t.log).toEqual([]);
  });

  it("a held DOM-like event (fields are prototype getters) is replayed with its key", () => {
    const t = setup();
    class FakeKeyboardEvent {
      get key() {
        return "a";
      }
      get target() {
        return { tagName: "BODY" } as unknown as EventTarget;
      }
      preventDefault() {}
    }
    t.registry.hold();
    t.registry.dispatch(new FakeKeyboardEvent() as unknown as TKeyInput);
    t.unregisterPage();
    const next: string[] = [];
    t.registry.register({ current: { a: () => void next.push("approve on next page") } });
    t.flush();
    expect(next).toEqual(["approve on next page"]);
  });

  it("a cancelled page change drops the held keys", () => {
    const t = setup();
    t.registry.hold();
    t.press("a");
    t.registry.cancelHold();
    t.flush();
    t.press("j");
    expect(t.log).toEqual(["next"]);
  });

  it("replayed early keys keep their prefix timing", () => {
    const t = setup();
    t.registry.hold(5000, [
      { key: "g", at: 900, target: null, preventDefault: () => {} },
      { key: "a", at: 950, target: null, preventDefault: () => {} },
    ]);
    t.tick(2_000);
    t.registry.release();
    t.flush();
    expect(t.log).toEqual(["nav:articles"]);
  });

  it("a key pressed between the release and the replay waits for the replayed keys", () => {
    const t = setup();
    // "g" came before hydration; the page registers (release), and "a" arrives before the replay runs.
    t.registry.hold(5000, [{ key: "g", at: 1_000, target: null, preventDefault: () => {} }]);
    t.registry.release();
    t.press("a");
    t.flush();
    expect(t.log).toEqual(["nav:articles"]);
  });

  it("a page change that starts before a scheduled replay keeps those keys for the new page", () => {
    const t = setup();
    t.registry.hold(5000, [{ key: "a", at: 1_000, target: null, preventDefault: () => {} }]);
    t.registry.release();
    t.registry.hold();
    t.flush();
    expect(t.log).toEqual([]);
    t.unregisterPage();
    const next: string[] = [];
    t.registry.register({ current: { a: () => void next.push("approve on next page") } });
    t.flush();
    expect(next).toEqual(["approve on next page"]);
  });
});
