// Reads for the admin pages: users, terms, rules, fact-checks and API keys as plain objects.
import "server-only";
import type { TSql } from "@/lib/db/connect";
import { isoText } from "@/lib/reports/sql";
import type { TApiKeyRow, TFactCheckRow, TRuleRow, TTermRow, TUserRow } from "./schemas";

export async function listUsers(sql: TSql): Promise<TUserRow[]> {
  const { rows } = await sql.query<TUserRow>(
    `SELECT u."id", u."name", u."email", u."role"::text AS "role", u."active", ${isoText(`u."createdAt"`)} AS "createdAt",
            (SELECT ${isoText(`max(s."updatedAt")`)} FROM "Session" s WHERE s."userId" = u."id") AS "lastSeenAt"
     FROM "User" u ORDER BY u."active" DESC, lower(u."name"), u."email"`,
  );
  return rows;
}

export async function listTerms(sql: TSql): Promise<TTermRow[]> {
  const { rows } = await sql.query<TTermRow>(
    `SELECT "id", "harm", "pattern", "kind", "weight", "reason", "enabled", ${isoText(`"updatedAt"`)} AS "updatedAt"
     FROM "Term" ORDER BY "harm", lower("pattern")`,
  );
  return rows;
}

export async function listRules(sql: TSql): Promise<TRuleRow[]> {
  const { rows } = await sql.query<TRuleRow>(
    `SELECT "id", "name", "harm", "minScore", "maxScore", "action"::text AS "action", "enabled", ${isoText(`"updatedAt"`)} AS "updatedAt"
     FROM "Rule" ORDER BY "enabled" DESC, lower("name"), "id"`,
  );
  return rows;
}

export const FACTCHECK_PAGE_SIZE = 100;

/** Newest first by id, keyset pages; `q` searches claim, verdict, publisher and id. */
export async function listFactChecks(
  sql: TSql,
  opts: { q?: string; beforeId?: number },
): Promise<{ rows: TFactCheckRow[]; nextBeforeId: number | null; total: number }> {
  const params: unknown[] = [];
  const conditions: string[] = [];
  if (opts.q) {
    params.push(`%${opts.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(
      `(f."claim" ILIKE $${params.length} OR f."verdict" ILIKE $${params.length} OR f."publisher" ILIKE $${params.length} OR f."externalId" ILIKE $${params.length})`,
    );
  }
  const filterOnly = conditions.length ? `WHERE ${conditions.join(" AND ")}` : "";
  const countParams = [...params];
  if (opts.beforeId) {
    params.push(opts.beforeId);
    conditions.push(`f."id" < $${params.length}`);
  }
  const [page, count] = await Promise.all([
    sql.query<TFactCheckRow>(
      `SELECT f."id", f."externalId", f."claim", f."verdict", f."url", f."publisher",
              to_char(f."publishedAt", 'YYYY-MM-DD') AS "publishedAt", f."active",
              (SELECT count(*)::int FROM "ClaimMatch" cm WHERE cm."factCheckId" = f."id") AS "matches"
       FROM "FactCheck" f ${conditions.length ? `WHERE ${conditions.join(" AND ")}` : ""}
       ORDER BY f."id" DESC LIMIT ${FACTCHECK_PAGE_SIZE + 1}`,
      params,
    ),
    sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM "FactCheck" f ${filterOnly}`,
      countParams,
    ),
  ]);
  const more = page.rows.length > FACTCHECK_PAGE_SIZE;
  const rows = page.rows.slice(0, FACTCHECK_PAGE_SIZE);
  return {
    rows,
    nextBeforeId: more ? rows[rows.length - 1].id : null,
    total: count.rows[0]?.n ?? 0,
  };
}

export async function listApiKeys(sql: TSql): Promise<TApiKeyRow[]> {
  const { rows } = await sql.query<TApiKeyRow>(
    `SELECT k."id", k."name", k."prefix", ${isoText(`k."createdAt"`)} AS "createdAt", ${isoText(`k."lastUsedAt"`)} AS "lastUsedAt",
            ${isoText(`k."revokedAt"`)} AS "revokedAt", u."email" AS "createdBy"
     FROM "ApiKey" k LEFT JOIN "User" u ON u."id" = k."createdById"
     ORDER BY (k."revokedAt" IS NULL) DESC, k."createdAt" DESC`,
  );
  return rows;
}

export type TAdminOverview = {
  users: { active: number; inactive: number; admins: number };
  auditLastWeek: number;
  rules: { total: number; enabled: number };
  terms: number;
  factChecks: number;
  apiKeys: number;
};

export async function loadAdminOverview(sql: TSql): Promise<TAdminOverview> {
  const { rows } = await sql.query<Record<string, number>>(
    `SELECT (SELECT count(*)::int FROM "User" WHERE "active") AS "active",
            (SELECT count(*)::int FROM "User" WHERE NOT "active") AS "inactive",
            (SELECT count(*)::int FROM "User" WHERE "active" AND "role" = 'ADMIN') AS "admins",
            (SELECT count(*)::int FROM "ModerationAction" WHERE "createdAt" >= (now() AT TIME ZONE 'UTC') - interval '7 days') AS "audit",
            (SELECT count(*)::int FROM "Rule") AS "rules",
            (SELECT count(*)::int FROM "Rule" WHERE "enabled") AS "rulesOn",
            (SELECT count(*)::int FROM "Term") AS "terms",
            (SELECT count(*)::int FROM "FactCheck") AS "factChecks",
            (SELECT count(*)::int FROM "ApiKey" WHERE "revokedAt" IS NULL) AS "apiKeys"`,
  );
  const r = rows[0];
  return {
    users: { active: r.active, inactive: r.inactive, admins: r.admins },
    auditLastWeek: r.audit,
    rules: { total: r.rules, enabled: r.rulesOn },
    terms: r.terms,
    factChecks: r.factChecks,
    apiKeys: r.apiKeys,
  };
}
