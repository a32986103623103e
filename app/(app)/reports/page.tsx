import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { can } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { MAX_REPORT_DAYS, parseReportFilters } from "@/lib/reports/filters";
import {
  loadActionsPerDay,
  loadAutoFlagsByHarm,
  loadCategoryCounts,
  loadTotals,
} from "@/lib/reports/queries/activity";
import { loadBacklogNow, loadBacklogPerDay } from "@/lib/reports/queries/backlog";
import { loadModerators, loadTimeToFirstDecision } from "@/lib/reports/queries/timing";
import { loadTopArticles } from "@/lib/reports/queries/articles";
import { loadTriageQuality } from "@/lib/reports/queries/quality";
import { loadFilterOptions } from "@/lib/reports/queries/options";
import { countExport } from "@/lib/reports/export-stream";
import { readThresholds } from "@/lib/admin/settings-store";
import { AccessDenied } from "@/components/ui/access-denied";
import { ReportFiltersForm } from "@/components/reports/report-filters-form";
import { PrintButton } from "@/components/reports/print-button";
import { SummaryCards } from "@/components/reports/summary-cards";
import {
  ActivityChart,
  BacklogAgeChart,
  BacklogChart,
  CategoryChart,
  HarmChart,
} from "@/components/reports/report-charts";
import { ModeratorsTable, TopArticlesTable } from "@/components/reports/people-tables";
import { TriageQualitySection } from "@/components/reports/triage-quality-section";
import { ExportPanel } from "@/components/reports/export-panel";
import { ReportSection } from "@/components/reports/report-section";
import { ReaderReportStats } from "@/components/reader-reports/reader-report-stats";
import { AuditIntegrity } from "@/components/reports/audit-integrity";
import { lastAuditVerification } from "@/lib/audit/verify";

export const metadata: Metadata = { title: "Reports" };

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await pageAccess("reports:read", "/reports");
  if (!allowed) return <AccessDenied role={user.role} />;
  const filters = parseReportFilters(await searchParams, { maxDays: MAX_REPORT_DAYS });
  const { sql } = await getDb();
  const thresholds = await readThresholds(sql);
  const [
    options,
    totals,
    perDay,
    categories,
    harms,
    backlog,
    backlogNow,
    timing,
    moderators,
    articles,
    quality,
    actionCount,
    commentCount,
  ] = await Promise.all([
    loadFilterOptions(sql, filters),
    loadTotals(sql, filters),
    loadActionsPerDay(sql, filters),
    loadCategoryCounts(sql, filters),
    loadAutoFlagsByHarm(sql, filters),
    loadBacklogPerDay(sql, filters),
    loadBacklogNow(sql, filters),
    loadTimeToFirstDecision(sql, filters),
    loadModerators(sql, filters),
    loadTopArticles(sql, filters),
    loadTriageQuality(sql, filters, thresholds),
    countExport(sql, "actions", filters),
    countExport(sql, "comments", filters),
  ]);
  const auditCheck = await lastAuditVerification(sql);
  const article = filters.article
    ? options.articles.find((a) => a.id === filters.article)?.title
    : undefined;
  const moderator = filters.moderator
    ? options.moderators.find((m) => m.id === filters.moderator)?.name
    : undefined;
  const scope = [
    article && `article “${article}”`,
    moderator && `moderator ${moderator}`,
    filters.harm && `harm ${filters.harm}`,
    filters.action && `action ${filters.action}`,
  ].filter(Boolean);
  return (
    <>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Reports</h1>
        <PrintButton />
      </div>
      <p className="mb-4 text-sm text-slate-700" data-testid="report-period">
        {filters.from} to {filters.to} (UTC){scope.length ? `, ${scope.join(", ")}` : ""}. Generated{" "}
        {new Date().toISOString().slice(0, 16).replace("T", " ")} UTC.
      </p>
      <ReportFiltersForm filters={filters} options={options} />
      <SummaryCards totals={totals} timing={timing} backlog={backlogNow} />
      <ReportSection id="volumes" title="Volumes">
        <div className="grid gap-3 lg:grid-cols-3">
          <ActivityChart filters={filters} rows={perDay} />
          <CategoryChart rows={categories} />
          <HarmChart rows={harms} />
        </div>
      </ReportSection>
      <ReportSection id="backlog" title="Backlog">
        <div className="grid gap-3 lg:grid-cols-2">
          <BacklogChart days={backlog} />
          <BacklogAgeChart now={backlogNow} />
        </div>
      </ReportSection>
      <ReportSection id="reader-reports" title="Reader reports">
        <ReaderReportStats from={filters.from} to={filters.to} />
      </ReportSection>
      <ReportSection id="moderators" title="Moderators">
        <ModeratorsTable rows={moderators} />
      </ReportSection>
      <ReportSection id="articles" title="Articles with the most flagged comments">
        <TopArticlesTable rows={articles} />
      </ReportSection>
      <ReportSection
        id="quality"
        title="Triage quality: automatic flags against moderators' decisions"
      >
        <TriageQualitySection decided={quality.decided} rows={quality.rows} />
      </ReportSection>
      <ReportSection id="audit-integrity" title="Audit log integrity">
        <AuditIntegrity last={auditCheck} />
      </ReportSection>
      {can(user.role, "reports:export") ? (
        <ReportSection id="exports" title="Exports" noPrint>
          <ExportPanel
            filters={filters}
            counts={{ actions: actionCount, comments: commentCount }}
          />
        </ReportSection>
      ) : null}
    </>
  );
}
