// Shown while an admin page loads its data.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <div className="mb-4 h-8 w-48 rounded bg-slate-200" />
      <p className="text-sm text-slate-600">Loading…</p>
      <div className="mt-4 h-64 rounded-lg bg-slate-200" />
    </div>
  );
}
