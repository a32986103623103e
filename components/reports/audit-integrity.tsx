// The latest `vigil audit verify` result: whether the audit log's hash chain was intact, and when.
import type { TAuditVerification } from "@/lib/audit/verify";

export function AuditIntegrity({ last }: { last: TAuditVerification | null }) {
  if (!last) {
    return (
      <p className="text-sm text-slate-700" data-testid="audit-integrity">
        Not verified yet. Run <code>npx vigil audit verify</code> on the server (for example daily
        from cron).
      </p>
    );
  }
  const when = new Date(last.verifiedAt).toISOString().slice(0, 16).replace("T", " ");
  return (
    <p
      className={`text-sm ${last.ok ? "text-slate-800" : "font-semibold text-red-800"}`}
      data-testid="audit-integrity"
    >
      {last.ok ? "Intact" : "TAMPERED"} at the last verification ({when} UTC): {last.message}
    </p>
  );
}
