"use client";
// The one client hook for running an operation: busy state that always ends, retries after network
// failures, and the outcome as a toast (errors) or a callback (success). Every component that calls
// a server action goes through it instead of writing its own `run`.
import { useCallback, useLayoutEffect, useRef, useState } from "react";
import type { TResult } from "@/lib/auth/operation";
import type { TToast } from "./action-toast";
import { runOperation, type TRunOptions } from "./run-operation";

export type TFailure = Extract<TResult<unknown>, { ok: false }>;

type THookOptions = {
  /** Where error messages go; without it the caller reads `error`. */
  toast?: (toast: TToast) => void;
};

type TCallOptions<T> = TRunOptions & {
  onOk?: (data: T) => void | Promise<void>;
  /** Return true when the failure was shown another way (e.g. a conflict banner): no toast then. */
  onError?: (failure: TFailure) => boolean | void;
};

export function useOperation({ toast }: THookOptions = {}) {
  const [inFlight, setInFlight] = useState(0);
  const [error, setError] = useState<TFailure | null>(null);
  const toastRef = useRef(toast);
  useLayoutEffect(() => {
    toastRef.current = toast;
  });

  const run = useCallback(
    async <T>(
      call: () => Promise<TResult<T>>,
      options: TCallOptions<T> = {},
    ): Promise<TResult<T>> => {
      setInFlight((n) => n + 1);
      setError(null);
      try {
        const result = await runOperation(call, options);
        if (result.ok) {
          await options.onOk?.(result.data);
        } else {
          setError(result);
          const handled = options.onError?.(result) === true;
          if (!handled) toastRef.current?.({ message: result.error, tone: "error" });
        }
        return result;
      } finally {
        setInFlight((n) => Math.max(0, n - 1));
      }
    },
    [],
  );

  return { run, busy: inFlight > 0, error, clearError: () => setError(null) };
}
