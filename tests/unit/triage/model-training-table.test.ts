// The training table's label mapping per set, on small files written here in the data sets'
// formats (no text from the real data sets): hate stays group-directed, news comments from the
// toxic-spans set say nothing about hate, Davidson's profanity class is not harassment, held-out texts stay out.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTrainingTable, SOURCE_WEIGHT } from "@/lib/triage/training/table";

let dir = "";

function write(rel: string, text: string): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const quoted = (s: string) => `"${s.replace(/"/g, '""')}"`;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "vigil-table-"));
  const post = "what a pathetic clown you are, honestly";
  const spans = [...Array(15).keys()].map((k) => k + 7); // "pathetic clown"
  write(
    "toxic_spans/tsd_train.csv",
    `spans,text\n${quoted(JSON.stringify(spans))},${quoted(post)}\n${quoted("[]")},${quoted("the council meets on tuesday")}\n`,
  );
  write(
    "davidson/labeled_data.csv",
    [
      ",count,hate_speech,offensive_language,neither,class,tweet",
      `0,3,3,0,0,0,${quoted("group x are vermin and should leave")}`,
      `1,3,0,3,0,1,${quoted("damn this rain is so annoying lol")}`,
      `2,3,0,0,3,2,${quoted("nice weather at the lake today")}`,
      `3,3,0,0,3,2,${quoted("the council meets on tuesday")}`,
    ].join("\n") + "\n",
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("training table label mapping", () => {
  it("gives toxic-spans posts a harassment label only, never a hate label", () => {
    const { rows } = buildTrainingTable(dir);
    const spans = rows.filter((r) => r.source === "toxic_spans");
    expect(
      spans.map((r) => r.labels).sort((a, b) => (a.harassment ?? 0) - (b.harassment ?? 0)),
    ).toEqual([{ harassment: 0 }, { harassment: 1 }]);
    expect(spans.find((r) => r.labels.harassment === 0)?.text).toBe("what a you are, honestly");
  });

  it("maps Davidson to hate only: hate speech → 1, offensive and neither → 0, no harassment label", () => {
    const { rows } = buildTrainingTable(dir);
    const dav = rows.filter((r) => r.source === "davidson");
    expect(dav.map((r) => [r.text, r.labels])).toEqual([
      ["group x are vermin and should leave", { hate: 1 }],
      ["damn this rain is so annoying lol", { hate: 0 }],
      ["nice weather at the lake today", { hate: 0 }],
      ["the council meets on tuesday", { hate: 0 }],
    ]);
    expect(dav.every((r) => r.weight === SOURCE_WEIGHT.davidson)).toBe(true);
  });

  it("drops training rows equal (case, spacing and punctuation aside) to a text the evaluation reports on", () => {
    const { rows, report } = buildTrainingTable(dir, {
      heldOut: ["Nice weather at the lake, today!"],
    });
    expect(rows.some((r) => r.text === "nice weather at the lake today")).toBe(false);
    expect(rows.some((r) => r.text === "the council meets on tuesday")).toBe(true);
    expect(report.heldOutRemoved).toBe(1);
  });

  it("weighs Gab's long posts above the narrow tweet sets", () => {
    expect(SOURCE_WEIGHT.gab).toBeGreaterThan(SOURCE_WEIGHT.davidson);
    expect(SOURCE_WEIGHT.gab).toBeGreaterThan(SOURCE_WEIGHT.olid);
  });
});
