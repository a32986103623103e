// Shown while the queue's rows and counts load.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">Loading the queue…</span>
      <div className="mb-3 h-8 w-48 animate-pulse rounded bg-slate-200" />
      <div className="mb-3 h-10 animate-pulse rounded bg-slate-200" />
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="mb-1 h-14 animate-pulse rounded bg-slate-100" />
      ))}
    </div>
  );
}
