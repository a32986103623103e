import type { Metadata } from "next";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { EXTERNAL_ENV, readExternalScorers, readThresholds } from "@/lib/admin/settings-store";
import { HARM_LABEL } from "@/lib/reports/harms";
import { HARMS } from "@/lib/triage/types";
import { AccessDenied } from "@/components/ui/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { ThresholdsForm } from "@/components/admin/thresholds-form";
import { ExternalScorersForm } from "@/components/admin/external-scorers-form";
import { RescorePanel } from "@/components/admin/rescore-panel";
import { getRescoreState } from "@/lib/rescore/queries";

export const metadata: Metadata = { title: "Thresholds & scorers" };

export default async function Page() {
  const { user, allowed } = await pageAccess("settings:manage", "/admin/settings");
  if (!allowed) return <AccessDenied role={user.role} />;
  const { sql } = await getDb();
  const [thresholds, external, rescore] = await Promise.all([
    readThresholds(sql),
    readExternalScorers(sql),
    getRescoreState(),
  ]);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Thresholds &amp; scorers</h1>
      <AdminNav current="/admin/settings" />
      <ThresholdsForm
        harms={HARMS.map((h) => ({ harm: h, label: HARM_LABEL[h], value: thresholds[h] }))}
      />
      <RescorePanel initial={rescore} />
      <ExternalScorersForm
        scorers={[
          {
            key: "perspective",
            label: "Perspective API",
            enabled: external.perspective,
            envName: EXTERNAL_ENV.perspective,
            envSet: Boolean(process.env[EXTERNAL_ENV.perspective]),
          },
          {
            key: "openai",
            label: "OpenAI moderation",
            enabled: external.openai,
            envName: EXTERNAL_ENV.openai,
            envSet: Boolean(process.env[EXTERNAL_ENV.openai]),
          },
        ]}
      />
    </>
  );
}
