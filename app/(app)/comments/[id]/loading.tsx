// Shown while a comment and its context load.
export default function Loading() {
  return (
    <div
      role="status"
      aria-live="polite"
      aria-busy="true"
      className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]"
    >
      <span className="sr-only">Loading the comment…</span>
      <div className="space-y-4">
        <div className="h-8 w-64 animate-pulse rounded bg-slate-200" />
        <div className="h-40 animate-pulse rounded bg-slate-100" />
        <div className="h-32 animate-pulse rounded bg-slate-100" />
      </div>
      <div className="h-72 animate-pulse rounded bg-slate-100" />
    </div>
  );
}
