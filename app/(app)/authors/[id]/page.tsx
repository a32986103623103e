// The author page: who they are, their record (rates, first / last seen, reports), the actions on
// them, notes, history, and every comment they wrote (newest first, keyset by ?before=<id>).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/auth/adapters";
import { can } from "@/lib/auth/permissions";
import {
  getAuthorProfile,
  listAuthorComments,
  listAuthorHistory,
  listAuthorNotes,
} from "@/lib/authors/queries";
import { isSuspended } from "@/lib/authors/types";
import { AccessDenied } from "@/components/ui/access-denied";
import { AuthorActions } from "@/components/authors/author-actions";
import { AuthorComments } from "@/components/authors/author-comments";
import { AuthorHistory } from "@/components/authors/author-history";
import { AuthorNotes } from "@/components/authors/author-notes";
import { formatTime } from "@/components/ui/format-time";

export const metadata: Metadata = { title: "Author" };

const box = "rounded-lg border border-slate-200 bg-white p-4";
const h2 = "mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600";
const ZId = (raw: string | undefined) =>
  raw && /^\d{1,10}$/.test(raw) && Number(raw) <= 2_147_483_647 && Number(raw) > 0
    ? Number(raw)
    : null;
const pct = (n: number, total: number) => (total ? `${Math.round((100 * n) / total)} %` : "—");

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id: rawId } = await params;
  const { user, allowed } = await pageAccess("author:read", `/authors/${rawId}`);
  if (!allowed) return <AccessDenied role={user.role} />;
  const id = ZId(rawId);
  if (!id) notFound();
  const sp = await searchParams;
  const before = ZId(typeof sp.before === "string" ? sp.before : undefined);
  const canBan = can(user.role, "author:ban");
  const [profile, comments, notes, history] = await Promise.all([
    getAuthorProfile(id),
    listAuthorComments(id, before),
    listAuthorNotes(id),
    listAuthorHistory(id, canBan),
  ]);
  if (!profile) notFound();
  const { stats } = profile;
  const suspended = isSuspended(profile);
  const badges = [
    profile.banned ? { text: "Banned", style: "bg-red-100 text-red-900 border-red-300" } : null,
    suspended
      ? {
          text: `Suspended until ${formatTime(profile.suspendedUntil)}`,
          style: "bg-orange-100 text-orange-900 border-orange-300",
        }
      : null,
    profile.premoderated
      ? { text: "Pre-moderated", style: "bg-amber-100 text-amber-900 border-amber-300" }
      : null,
    profile.trusted
      ? { text: "Trusted", style: "bg-green-100 text-green-900 border-green-300" }
      : null,
  ].filter((b): b is { text: string; style: string } => b !== null);
  return (
    <div className="space-y-4">
      <header>
        <p className="text-sm">
          <Link href={`/queue?view=all&author=${profile.id}`} className="underline">
            This author in the queue
          </Link>
        </p>
        <h1 className="mt-1 text-2xl font-semibold" data-testid="author-name">
          {profile.name}
        </h1>
        <p className="text-sm text-slate-700">
          {profile.site ? `on ${profile.site}` : "site unknown"}
          {profile.externalId ? ` · account id ${profile.externalId}` : " · matched by name"}
        </p>
        <ul
          className="mt-2 flex flex-wrap gap-2"
          aria-label="Author state"
          data-testid="author-state"
        >
          {badges.length === 0 ? (
            <li className="text-sm text-slate-600">No restrictions</li>
          ) : (
            badges.map((b) => (
              <li
                key={b.text}
                className={`rounded border px-1.5 py-0.5 text-xs font-semibold ${b.style}`}
              >
                {b.text}
              </li>
            ))
          )}
        </ul>
      </header>
      <section aria-labelledby="record-h" className={box}>
        <h2 id="record-h" className={h2}>
          Record
        </h2>
        <dl
          className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4"
          data-testid="author-stats"
        >
          <div>
            <dt className="text-slate-600">Comments</dt>
            <dd className="font-semibold">{stats.total}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Flagged by moderators</dt>
            <dd className="font-semibold">
              {stats.flagged} ({pct(stats.flagged, stats.total)})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Hidden</dt>
            <dd className="font-semibold">
              {stats.hidden} ({pct(stats.hidden, stats.total)})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Over a harm threshold</dt>
            <dd className="font-semibold">
              {stats.engineFlagged} ({pct(stats.engineFlagged, stats.total)})
            </dd>
          </div>
          <div>
            <dt className="text-slate-600">Open reader reports</dt>
            <dd className="font-semibold">{stats.openReports}</dd>
          </div>
          <div>
            <dt className="text-slate-600">First seen</dt>
            <dd>{stats.firstSeen ? formatTime(stats.firstSeen) : "—"}</dd>
          </div>
          <div>
            <dt className="text-slate-600">Last seen</dt>
            <dd>{stats.lastSeen ? formatTime(stats.lastSeen) : "—"}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby="actions-h" className={box}>
        <h2 id="actions-h" className={h2}>
          Actions
        </h2>
        <AuthorActions
          authorId={profile.id}
          version={profile.version}
          state={{
            premoderated: profile.premoderated,
            suspendedUntil: profile.suspendedUntil,
            banned: profile.banned,
            trusted: profile.trusted,
            suspended,
          }}
          visibleComments={stats.total - stats.hidden}
          canRestrict={can(user.role, "author:restrict")}
          canBan={canBan}
          canHide={can(user.role, "comment:moderate")}
        />
      </section>
      <div className="grid gap-4 md:grid-cols-2">
        <section aria-labelledby="notes-h" className={box}>
          <h2 id="notes-h" className={h2}>
            Notes
          </h2>
          <AuthorNotes
            authorId={profile.id}
            notes={notes}
            canWrite={can(user.role, "author:note")}
          />
        </section>
        <section aria-labelledby="history-h" className={box}>
          <h2 id="history-h" className={h2}>
            History
          </h2>
          <AuthorHistory rows={history} />
        </section>
      </div>
      <section aria-labelledby="comments-h" className={box}>
        <h2 id="comments-h" className={h2}>
          Comments{before ? " (older)" : ""}
        </h2>
        <AuthorComments authorId={profile.id} rows={comments.rows} />
        <nav className="mt-3 flex gap-4 text-sm" aria-label="Comment pages">
          {before ? (
            <Link href={`/authors/${profile.id}`} className="underline">
              Newest
            </Link>
          ) : null}
          {comments.nextBefore ? (
            <Link
              href={`/authors/${profile.id}?before=${comments.nextBefore}`}
              className="underline"
            >
              Older comments →
            </Link>
          ) : null}
        </nav>
      </section>
    </div>
  );
}
