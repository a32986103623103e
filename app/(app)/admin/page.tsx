import type { Metadata } from "next";
import Link from "next/link";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { loadAdminOverview } from "@/lib/admin/queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { CARD } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Admin" };

export default async function Page() {
  const { user, allowed } = await pageAccess("users:manage", "/admin");
  if (!allowed) return <AccessDenied role={user.role} />;
  const o = await loadAdminOverview((await getDb()).sql);
  const cards = [
    {
      href: "/admin/users",
      title: "Users",
      text: `${o.users.active} active (${o.users.admins} admin${o.users.admins === 1 ? "" : "s"}), ${o.users.inactive} deactivated`,
    },
    {
      href: "/admin/audit",
      title: "Audit log",
      text: `${o.auditLastWeek} recorded action${o.auditLastWeek === 1 ? "" : "s"} in the last 7 days`,
    },
    {
      href: "/reports",
      title: "Reports and exports",
      text: "Volumes, backlog, time to decision, moderators, triage quality; CSV and NDJSON exports",
    },
    {
      href: "/admin/settings",
      title: "Thresholds & scorers",
      text: "When the engine flags a comment; external scorers on or off",
    },
    {
      href: "/admin/settings/terms",
      title: "Terms and patterns",
      text: `${o.terms} term${o.terms === 1 ? "" : "s"} in the admin list`,
    },
    {
      href: "/admin/settings/rules",
      title: "Auto-moderation rules",
      text: `${o.rules.enabled} of ${o.rules.total} switched on; backtest before switching on`,
    },
    {
      href: "/admin/settings/fact-checks",
      title: "Fact-check library",
      text: `${o.factChecks} fact-check${o.factChecks === 1 ? "" : "s"}; import JSONL, CSV or ClaimReview`,
    },
    {
      href: "/admin/settings/api-keys",
      title: "API keys",
      text: `${o.apiKeys} active key${o.apiKeys === 1 ? "" : "s"} for the ingestion endpoint`,
    },
  ];
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Admin</h1>
      <AdminNav current="/admin" />
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {cards.map((c) => (
          <li key={c.href} className={CARD}>
            <h2 className="font-semibold">
              <Link href={c.href} className="text-blue-800 underline-offset-2 hover:underline">
                {c.title}
              </Link>
            </h2>
            <p className="mt-1 text-sm text-slate-700">{c.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
