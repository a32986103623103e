// Reads the claim-retrieval evaluation sets (CLEF 2020 Task 2 and CheckThat! 2022 Task 2A English)
// into one shape: a claim library, tweets, and which claims each tweet repeats. Data stays outside
// the repository; its folder is an argument.

import { existsSync } from "node:fs";
import { access, readFile } from "node:fs/promises";
import path from "node:path";
import { parseDay } from "./claim-dates";
import { readClefSplit, type TClefData } from "./clef-eval";

export type TRetrievalSet = TClefData & { name: string };
export type TCheckThatSplit = "train" | "dev_test" | "test2022";

async function readRequired(file: string, hint: string): Promise<string> {
  try {
    await access(file);
  } catch {
    throw new Error(`File not found: ${file}. ${hint}`);
  }
  return readFile(file, "utf8");
}

const CHECKTHAT_HINT =
  "Pass the data folder that holds checkthat2022-task2a-en/ (verified_claims.jsonl, tweets_queries.tsv, tweet_vclaim_qrels.tsv).";

/** CheckThat's verified_claims.jsonl: id, claim, title and publication date (as written). */
function checkThatClaims(jsonl: string): TClefData["claims"] {
  const claims: TClefData["claims"] = [];
  for (const line of jsonl.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as {
      vclaim_id: string;
      vclaim?: string;
      title?: string;
      date?: string;
    };
    claims.push({
      id: r.vclaim_id,
      claim: r.vclaim ?? "",
      title: r.title ?? "",
      date: r.date ?? null,
    });
  }
  return claims;
}

/** CheckThat! 2022 2A: the full library of 14,231 claims, the tweets of one split and their qrels. */
export async function readCheckThat2022(
  folder: string,
  split: TCheckThatSplit,
): Promise<TRetrievalSet> {
  const [claimsText, tweetsText, qrelsText] = await Promise.all([
    readRequired(path.join(folder, "verified_claims.jsonl"), CHECKTHAT_HINT),
    readRequired(path.join(folder, "tweets_queries.tsv"), CHECKTHAT_HINT),
    readRequired(path.join(folder, "tweet_vclaim_qrels.tsv"), CHECKTHAT_HINT),
  ]);
  const claims = checkThatClaims(claimsText);
  // Tweet ids repeat across splits in this copy (202 dev_test ids are reused by test2022 tweets)
  // and the qrels are keyed by id alone, so such an id lists both tweets' claims (twice). Both
  // files keep the splits' order: the k-th distinct claim of a reused id belongs to its k-th tweet.
  const occurrences: Array<{ id: string; nth: number; split: string; text: string }> = [];
  const seen = new Map<string, number>();
  for (const line of tweetsText.split(/\r?\n/).slice(1)) {
    const [id, splitName, ...rest] = line.split("\t");
    if (!id || !splitName) continue;
    const nth = seen.get(id) ?? 0;
    seen.set(id, nth + 1);
    occurrences.push({ id, nth, split: splitName.split("(")[0], text: rest.join("\t") });
  }
  const claimsOf = new Map<string, string[]>();
  for (const line of qrelsText.split(/\r?\n/).slice(1)) {
    const [tweetId, claimId] = line.trim().split("\t");
    if (!tweetId || !claimId) continue;
    const list = claimsOf.get(tweetId) ?? [];
    if (!list.includes(claimId)) list.push(claimId);
    claimsOf.set(tweetId, list);
  }
  const queries: TClefData["queries"] = [];
  const relevant = new Map<string, Set<string>>();
  for (const o of occurrences) {
    if (o.split !== split) continue;
    const list = claimsOf.get(o.id);
    if (!list) continue;
    const reused = seen.get(o.id)! > 1 && list.length === seen.get(o.id);
    queries.push({ id: o.id, text: o.text });
    relevant.set(o.id, new Set(reused ? [list[o.nth]] : list));
  }
  return { name: `CheckThat 2022 ${split}`, claims, queries, relevant };
}

/**
 * CLEF 2020 Task 2. Its library carries no dates; CheckThat 2022's is a superset that does, so
 * when `checkThatFolder` holds it each claim takes the date of the CheckThat claim with the same
 * text (two thirds of them; the rest stay undated).
 */
export async function readClef2020(
  folder: string,
  split: "train" | "dev",
  checkThatFolder: string | null = path.join(folder, "..", "checkthat2022-task2a-en"),
): Promise<TRetrievalSet> {
  const data = await readClefSplit(folder, split);
  if (checkThatFolder && existsSync(path.join(checkThatFolder, "verified_claims.jsonl"))) {
    const key = (s: string) =>
      s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim();
    const text = await readFile(path.join(checkThatFolder, "verified_claims.jsonl"), "utf8");
    const dated = new Map(
      checkThatClaims(text)
        .filter((c) => parseDay(c.date) !== null)
        .map((c) => [key(c.claim), c.date]),
    );
    for (const c of data.claims) c.date = dated.get(key(c.claim)) ?? null;
  }
  return { name: `CLEF 2020 ${split}`, ...data };
}
