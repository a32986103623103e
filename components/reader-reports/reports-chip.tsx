// A queue row's open reader reports: how many, and why (words, not colour alone).
import { REPORT_REASON_LABEL, type TRowReports } from "@/lib/reader-reports/types";

export function ReportsChip({ reports }: { reports: TRowReports }) {
  const reasons = reports.reasons.map((r) => REPORT_REASON_LABEL[r]).join(", ");
  return (
    <p
      className="mt-1 text-xs font-medium text-red-900"
      data-testid="reports-chip"
      title={`Open reader reports: ${reasons}`}
    >
      {reports.count} report{reports.count === 1 ? "" : "s"}: {reasons}
    </p>
  );
}
