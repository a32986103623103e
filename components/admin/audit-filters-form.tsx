// Filters of the audit log as a plain GET form: the URL is the state, so a filtered view can be
// bookmarked or sent to a colleague; works without JavaScript.
import Link from "next/link";
import { AUDIT_TARGET_TYPES, type TAuditFilters } from "@/lib/audit/filters";
import { BUTTON_PRIMARY, INPUT, LABEL } from "@/components/ui/styles";

type TProps = {
  filters: TAuditFilters;
  actors: Array<{ id: string; email: string; name: string }>;
  actions: string[];
};

export function AuditFiltersForm({ filters, actors, actions }: TProps) {
  return (
    <form
      method="get"
      action="/admin/audit"
      className="no-print mb-4 flex flex-wrap items-end gap-3"
      aria-label="Filter the audit log"
    >
      <label className={LABEL}>
        Actor (email or id)
        <input
          name="actor"
          list="audit-actors"
          defaultValue={filters.actor ?? ""}
          className={`${INPUT} w-56`}
        />
        <datalist id="audit-actors">
          {actors.map((a) => (
            <option key={a.id} value={a.email}>
              {a.name}
            </option>
          ))}
        </datalist>
      </label>
      <label className={LABEL}>
        Action
        <input
          name="action"
          list="audit-actions"
          defaultValue={filters.action ?? ""}
          className={`${INPUT} w-40`}
        />
        <datalist id="audit-actions">
          {actions.map((a) => (
            <option key={a} value={a} />
          ))}
        </datalist>
      </label>
      <label className={LABEL}>
        Target type
        <select name="targetType" defaultValue={filters.targetType ?? ""} className={INPUT}>
          <option value="">any</option>
          {AUDIT_TARGET_TYPES.map((t) => (
            <option key={t} value={t}>
              {t.toLowerCase().replace("_", " ")}
            </option>
          ))}
        </select>
      </label>
      <label className={LABEL}>
        Target id
        <input name="targetId" defaultValue={filters.targetId ?? ""} className={`${INPUT} w-28`} />
      </label>
      <label className={LABEL}>
        Batch id
        <input name="batch" defaultValue={filters.batch ?? ""} className={`${INPUT} w-32`} />
      </label>
      <label className={LABEL}>
        From
        <input type="date" name="from" defaultValue={filters.from ?? ""} className={INPUT} />
      </label>
      <label className={LABEL}>
        To
        <input type="date" name="to" defaultValue={filters.to ?? ""} className={INPUT} />
      </label>
      <button type="submit" className={BUTTON_PRIMARY}>
        Apply filters
      </button>
      <Link href="/admin/audit" className="py-1 text-sm text-blue-800 underline">
        Clear
      </Link>
    </form>
  );
}
