// Shown when a signed-in person opens a section their role does not include.
export function AccessDenied({ role }: { role: string }) {
  return (
    <div role="alert" className="rounded-lg border border-amber-300 bg-amber-50 p-6">
      <h1 className="text-lg font-semibold">Access denied</h1>
      <p className="mt-1 text-slate-700">
        Your role ({role.toLowerCase()}) does not include this section. Ask an admin if you need it.
      </p>
    </div>
  );
}
