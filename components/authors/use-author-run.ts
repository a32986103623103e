"use client";
// Runs an author or report operation through the shared operation hook (retries after network
// failures, busy state that always ends) and keeps the outcome as a message, with an undo where there is one.
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { TResult } from "@/lib/auth/operation";
import { useOperation } from "@/components/ui/use-operation";

export type TMessage = { text: string; error: boolean; undo?: () => Promise<void> };

export function useAuthorRun() {
  const router = useRouter();
  const { run: runOperation, busy } = useOperation();
  const [message, setMessage] = useState<TMessage | null>(null);
  async function run<T>(
    call: () => Promise<TResult<T>>,
    done: (data: T) => Omit<TMessage, "error">,
  ): Promise<boolean> {
    const result = await runOperation(call);
    setMessage(
      result.ok ? { ...done(result.data), error: false } : { text: result.error, error: true },
    );
    if (result.ok) router.refresh();
    return result.ok;
  }
  return { run, busy, message, setMessage };
}
