"use client";
// Dismisses a comment's open reports without changing its status (e.g. an approved comment).
import { useRouter } from "next/navigation";
import { useState } from "react";
import { dismissReportsAction } from "@/lib/reader-reports/actions/dismiss-reports";

export function DismissReportsButton({ commentId }: { commentId: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  return (
    <div className="mt-2">
      <button
        type="button"
        disabled={busy}
        className="rounded border border-slate-300 px-3 py-1.5 text-sm disabled:opacity-50"
        onClick={async () => {
          setBusy(true);
          try {
            const result = await dismissReportsAction({ commentId });
            setMessage(result.ok ? { text: `${result.data.dismissed} report${result.data.dismissed === 1 ? "" : "s"} dismissed.`, error: false } : { text: result.error, error: true });
            router.refresh();
          } catch {
            setMessage({ text: "Could not reach the server. Check the connection and try again.", error: true });
          } finally {
            setBusy(false);
          }
        }}
      >
        Dismiss reports
      </button>
      <p role="status" className={`mt-1 text-sm ${message?.error ? "text-red-800" : "text-slate-700"}`}>{message?.text}</p>
    </div>
  );
}
