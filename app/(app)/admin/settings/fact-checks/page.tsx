import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { pageAccess } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { listFactChecks } from "@/lib/admin/queries";
import { AccessDenied } from "@/components/ui/access-denied";
import { AdminNav } from "@/components/admin/admin-nav";
import { FactCheckImport } from "@/components/admin/fact-check-import";
import { FactCheckEditor } from "@/components/admin/fact-check-editor";
import { BUTTON, INPUT } from "@/components/ui/styles";

export const metadata: Metadata = { title: "Fact-check library" };

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const ZParams = z.object({
  q: z.preprocess(first, z.string().trim().max(200).optional()).catch(undefined),
  before: z.preprocess(first, z.coerce.number().int().positive().optional()).catch(undefined),
});

export default async function Page({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { user, allowed } = await pageAccess("settings:manage", "/admin/settings/fact-checks");
  if (!allowed) return <AccessDenied role={user.role} />;
  const params = ZParams.parse(await searchParams);
  const page = await listFactChecks((await getDb()).sql, {
    q: params.q || undefined,
    beforeId: params.before,
  });
  const more = new URLSearchParams(params.q ? { q: params.q } : {});
  if (page.nextBeforeId) more.set("before", String(page.nextBeforeId));
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">Fact-check library</h1>
      <AdminNav current="/admin/settings/fact-checks" />
      <FactCheckImport />
      <form
        method="get"
        className="mb-3 flex items-end gap-2"
        role="search"
        aria-label="Search fact-checks"
      >
        <label className="flex flex-col gap-1 text-sm font-medium">
          Search claims, verdicts, publishers
          <input name="q" type="search" defaultValue={params.q ?? ""} className={`${INPUT} w-72`} />
        </label>
        <button type="submit" className={BUTTON}>
          Search
        </button>
        <span className="pb-1 text-sm text-slate-600">
          {page.total.toLocaleString("en")} fact-check{page.total === 1 ? "" : "s"}
        </span>
      </form>
      <FactCheckEditor rows={page.rows} />
      <nav aria-label="Fact-check pages" className="mt-3 flex gap-4 text-sm">
        {params.before ? (
          <Link
            className="text-blue-800 underline"
            href={`/admin/settings/fact-checks${params.q ? `?q=${encodeURIComponent(params.q)}` : ""}`}
          >
            First page
          </Link>
        ) : null}
        {page.nextBeforeId ? (
          <Link
            className="text-blue-800 underline"
            href={`/admin/settings/fact-checks?${more.toString()}`}
          >
            More →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
