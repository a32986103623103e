// Measures the claim matcher on CLEF 2020 CheckThat! Task 2 (tweet → previously fact-checked
// claim retrieval, MAP@5). The data stays outside the repository; its folder is an argument.

import { readFile, access } from "node:fs/promises";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { createClaimMatcher, type TClaimMatcherOptions } from "./claim-matcher";
import { averagePrecisionAt5 } from "./ranker-training";

export type TClefSplit = "train" | "dev";
export type TClefResult = { map5: number; queries: number; claims: number; split: TClefSplit };

/** The files are TSV with CSV-style quoting ("" inside quoted fields, some spanning lines). */
function readTsv(text: string): string[][] {
  return parse(text, {
    delimiter: "\t",
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
  }) as string[][];
}

async function readRequired(dataDir: string, relative: string): Promise<string> {
  const file = path.join(dataDir, relative);
  try {
    await access(file);
  } catch {
    throw new Error(
      `CLEF 2020 file not found: ${file}. Pass the folder that holds verified_claims.docs.tsv, ` +
        `train/ and dev/ (the CheckThat! 2020 Task 2 English data), e.g. ../shared/data/clef2020.`,
    );
  }
  return readFile(file, "utf8");
}

export type TClefData = {
  /** `date`: when the fact-check was published, as the data writes it (null: not said). */
  claims: Array<{ id: string; claim: string; title: string; date?: string | null }>;
  queries: Array<{ id: string; text: string }>;
  relevant: Map<string, Set<string>>;
};

export async function readClefSplit(dataDir: string, split: TClefSplit): Promise<TClefData> {
  const [claimsText, queriesText, qrelsText] = await Promise.all([
    readRequired(dataDir, "verified_claims.docs.tsv"),
    readRequired(dataDir, `${split}/tweets.queries.tsv`),
    readRequired(dataDir, `${split}/tweet-vclaim-pairs.qrels`),
  ]);
  const claims = readTsv(claimsText)
    .slice(1) // header: vclaim_id, vclaim, title
    .filter((row) => row.length >= 2 && row[0] !== "")
    .map((row) => ({ id: row[0].trim(), claim: row[1] ?? "", title: row[2] ?? "" }));
  const queries = readTsv(queriesText)
    .slice(1) // header: tweet_id, tweet_content
    .filter((row) => row.length >= 2)
    .map((row) => ({ id: row[0].trim(), text: row[1] }));
  const relevant = new Map<string, Set<string>>();
  for (const line of qrelsText.split(/\r?\n/)) {
    const [tweetId, , claimId, relevance] = line.trim().split(/\s+/);
    if (!tweetId || !claimId || relevance === "0") continue;
    const set = relevant.get(tweetId) ?? new Set<string>();
    set.add(claimId);
    relevant.set(tweetId, set);
  }
  if (claims.length === 0 || queries.length === 0 || relevant.size === 0) {
    throw new Error(`CLEF 2020 data in ${dataDir} is empty or not in the expected format.`);
  }
  return { claims, queries, relevant };
}

export async function evaluateClefSplit(
  dataDir: string,
  split: TClefSplit,
  opts: TClaimMatcherOptions = {},
): Promise<TClefResult> {
  const data = await readClefSplit(dataDir, split);
  const matcher = createClaimMatcher(data.claims, opts);
  let total = 0;
  let queries = 0;
  for (const query of data.queries) {
    const relevant = data.relevant.get(query.id);
    if (!relevant) continue;
    const ranked = matcher.rank(query.text, 5).map((r) => r.id);
    total += averagePrecisionAt5(ranked, relevant);
    queries++;
  }
  return { map5: queries > 0 ? total / queries : 0, queries, claims: data.claims.length, split };
}

/** MAP@5 on the dev split with the matcher's default settings: the figure to report. */
export async function evaluateClef(dataDir: string): Promise<TClefResult & { split: "dev" }> {
  const result = await evaluateClefSplit(dataDir, "dev");
  return { ...result, split: "dev" };
}

export type TThroughput = {
  claims: number;
  comments: number;
  seconds: number;
  commentsPerSecond: number;
  buildSeconds: number;
};

/**
 * `match` throughput against the full CLEF claim library, on this process's one thread:
 * every train and dev tweet, `rounds` times (the first round warms the JIT and is not timed).
 */
export async function measureMatchThroughput(dataDir: string, rounds = 5): Promise<TThroughput> {
  const [train, dev] = await Promise.all([
    readClefSplit(dataDir, "train"),
    readClefSplit(dataDir, "dev"),
  ]);
  const texts = [...train.queries, ...dev.queries].map((q) => q.text);
  const built = performance.now();
  const matcher = createClaimMatcher(train.claims);
  const buildSeconds = (performance.now() - built) / 1000;
  for (const text of texts) matcher.match(text);
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of texts) matcher.match(text);
  const seconds = (performance.now() - started) / 1000;
  const comments = texts.length * rounds;
  return {
    claims: train.claims.length,
    comments,
    seconds,
    commentsPerSecond: Math.round(comments / seconds),
    buildSeconds,
  };
}

export type TCalibrationRow = {
  threshold: number;
  goldAtOrAbove: number;
  suggested: number;
  top1Precision: number;
};

/**
 * How `match` scores behave on real paraphrases (every CLEF tweet has a gold claim): the share
 * whose gold claim reaches each threshold, and how often the top suggestion is right when any is.
 */
export async function measureCalibration(
  dataDir: string,
  split: TClefSplit = "train",
  thresholds: readonly number[] = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6],
): Promise<TCalibrationRow[]> {
  const data = await readClefSplit(dataDir, split);
  const matcher = createClaimMatcher(data.claims, { threshold: Math.min(...thresholds) });
  const results = data.queries
    .filter((q) => data.relevant.has(q.id))
    .map((q) => ({ relevant: data.relevant.get(q.id)!, matches: matcher.match(q.text, 50) }));
  return thresholds.map((threshold) => {
    let gold = 0;
    let suggested = 0;
    let right = 0;
    for (const { relevant, matches } of results) {
      if (matches.some((m) => relevant.has(m.id) && m.score >= threshold)) gold++;
      if (matches[0] && matches[0].score >= threshold) {
        suggested++;
        if (relevant.has(matches[0].id)) right++;
      }
    }
    return {
      threshold,
      goldAtOrAbove: gold / results.length,
      suggested,
      top1Precision: suggested > 0 ? right / suggested : 0,
    };
  });
}
