// Shown while the report's queries run.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="animate-pulse">
      <h1 className="mb-4 text-2xl font-semibold">Reports</h1>
      <p className="text-sm text-slate-600">Working out the report…</p>
      <div className="mt-4 grid gap-3 lg:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-56 rounded-lg bg-slate-200" />
        ))}
      </div>
    </div>
  );
}
