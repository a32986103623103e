// The "Fact-check matching" section of METRICS.md, written from the eval rows and the shipped ranker.
import { RANKER_WEIGHTS } from "./ranker";
import type { TFactCheckEvalRow } from "./eval-factchecks";
import { DENSE_DEPTH, STAGE2_DEPTH } from "./rerank";

/** The "Fact-check matching" section of METRICS.md: the rows and the shipped cut-offs. */
export function factCheckMarkdown(rows: readonly TFactCheckEvalRow[]): string[] {
  const lines = ["## Fact-check matching", ""];
  lines.push(
    `Ranker ${RANKER_WEIGHTS.version}, trained on ${RANKER_WEIGHTS.trainedOn}: listwise softmax over each tweet's candidates (stage 1: its 30 best ` +
      `BM25 + n-gram candidates; stage 2: its ${STAGE2_DEPTH} best and the library's ${DENSE_DEPTH} nearest claims by encoder cosine, re-ranked with the cosines of the tweet and the claim and of the tweet and the ` +
      `claim's title, the numbers both state and how each candidate was found; both stages: the days between the tweet's byline date and the fact-check's publication date, ` +
      `unknown dates counting as no evidence, each training tweet seen with and without its dates), then a calibration of its logit and lead for the suggestion probability; the cosines are taken ` +
      `after a per-dimension projection of the encoder vectors learned on the same tweets (embedding-projection.ts). Plain BM25, stage 1 and ` +
      `stage 2 measured in the same run.`,
  );
  for (const [name, model] of [
    ["Stage 1", RANKER_WEIGHTS.stage1],
    ["Stage 2", RANKER_WEIGHTS.stage2],
  ] as const) {
    for (const [which, c] of [
      ["", model.chosenOn],
      [" for candidates without a known date gap", model.undatedChosenOn],
    ] as const) {
      if (!c) continue;
      lines.push(
        `${name} suggestion cut-off${which}: probability ${c.threshold.toFixed(3)} (score 0.5 after the shift), the highest recall with ` +
          `precision ≥ 0.85 on each of ${c.data.replace(/ \(.*\)/, "")}: pooled precision ${c.precision.toFixed(3)}, recall ${c.recall.toFixed(3)}.`,
      );
    }
  }
  lines.push(
    "Suggestion precision = right suggestions / all suggestions among the five listed; recall = share of tweets whose claim is suggested. " +
      "CheckThat 2022: 202 tweet ids are shared by a dev_test and a test2022 tweet in this copy and the qrels are keyed by id; eval-data.ts gives each tweet its own claim by file order.",
  );
  lines.push("", "| measure | data | value |", "|---|---|---|");
  for (const row of rows) lines.push(`| ${row.measure} | ${row.data} | ${row.value.toFixed(3)} |`);
  return [...lines, ""];
}
