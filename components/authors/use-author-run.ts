"use client";
// Runs an author operation and reports the outcome in words; a thrown call (dropped connection)
// ends the busy state with a message instead of leaving buttons disabled.
import { useRouter } from "next/navigation";
import { useState } from "react";

type TResultLike<T> = { ok: true; data: T } | { ok: false; error: string };
export type TMessage = { text: string; error: boolean; undo?: () => Promise<void> };

export function useAuthorRun() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<TMessage | null>(null);
  async function run<T>(call: () => Promise<TResultLike<T>>, done: (data: T) => Omit<TMessage, "error">): Promise<boolean> {
    setBusy(true);
    try {
      const result = await call();
      setMessage(result.ok ? { ...done(result.data), error: false } : { text: result.error, error: true });
      router.refresh();
      return result.ok;
    } catch {
      setMessage({ text: "Could not reach the server. Check the connection and try again.", error: true });
      return false;
    } finally {
      setBusy(false);
    }
  }
  return { run, busy, message, setMessage };
}
