"use client";
// The shared operation hook (use-operation.ts) for forms: the outcome as a message a screen reader
// hears beside the form (success politely, errors at once) plus field errors for the inputs.
import { useState } from "react";
import type { TResult } from "@/lib/auth/operation";
import { useOperation } from "./use-operation";

export type TFeedback = {
  kind: "ok" | "error";
  text: string;
  fieldErrors?: Record<string, string[]>;
} | null;

export function useFormOperation() {
  const { run: runOperation, busy } = useOperation();
  const [feedback, setFeedback] = useState<TFeedback>(null);

  /** `onSettled` runs after every answer, success or failure (e.g. to read the page again). */
  function run<T>(
    action: (input: unknown) => Promise<TResult<T>>,
    input: unknown,
    onOk?: (data: T) => string | void,
    onSettled?: () => void,
  ): void {
    setFeedback(null);
    void runOperation(() => action(input), {
      onOk: (data) => {
        const text = onOk?.(data);
        if (text) setFeedback({ kind: "ok", text });
      },
      onError: (failure) => {
        setFeedback({ kind: "error", text: failure.error, fieldErrors: failure.fieldErrors });
        return true;
      },
    }).finally(() => onSettled?.());
  }

  return { pending: busy, feedback, setFeedback, run };
}
