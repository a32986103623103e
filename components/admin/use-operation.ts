"use client";
// Runs a server action from a client form: pending state, and the result as a message a screen
// reader hears (success politely, errors at once) plus field errors to show beside inputs.
import { useState, useTransition } from "react";
import type { TResult } from "@/lib/auth/operation";
import { runOperation } from "@/components/ui/run-operation";

export type TFeedback = { kind: "ok" | "error"; text: string; fieldErrors?: Record<string, string[]> } | null;

export function useOperation() {
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<TFeedback>(null);

  function run<T>(action: (input: unknown) => Promise<TResult<T>>, input: unknown, onOk?: (data: T) => string | void): void {
    setFeedback(null);
    startTransition(async () => {
      // The shared runner (components/ui/run-operation): retries after network failures, never throws.
      const result = await runOperation(() => action(input));
      if (result.ok) {
        const text = onOk?.(result.data);
        if (text) setFeedback({ kind: "ok", text });
      } else {
        setFeedback({ kind: "error", text: result.error, fieldErrors: result.fieldErrors });
      }
    });
  }

  return { pending, feedback, setFeedback, run };
}
