// ETHOS in `vigil eval`: the binary file (semicolon-separated, the hate share per comment) is read
// into hate / not-hate at the data set's own 0.5 cut, its texts are held out of training, and the
// eval reports the hate ROC-AUC and the hate flag's F1 on it, here with the real stage-1 engine.
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadDefaultEngine } from "@/lib/triage/default-engine";
import { evaluateDevSets } from "@/lib/triage/eval/dev-sets-eval";
import { stage1EvalScorer } from "@/lib/triage/eval/eval-scorers";
import { ethosComments, heldOutTexts } from "@/lib/triage/training/measure-sets";

// Sentences written for this test, not taken from the data set.
const ROWS = [
  "comment;isHate",
  "Muslims are vermin and should be thrown out of this country;1.0",
  "All immigrants are parasites living off our taxes;0.8333333",
  '"Women are too stupid to vote; they should stay home";0.6',
  "The match last night was a great advert for the league;0.0",
  "I liked the second song more than the first;0.1666667",
  "Thanks for the upload, the audio is much clearer now;0.4",
  ";1.0",
  "A row whose share is missing;",
  "A row whose share is not a number;often",
];

function dataDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "vigil-ethos-"));
  mkdirSync(path.join(dir, "ethos"));
  writeFileSync(path.join(dir, "ethos", "Ethos_Dataset_Binary.csv"), ROWS.join("\n") + "\n");
  return dir;
}

describe("ETHOS measure set", () => {
  it("reads text and the hate share, cut at 0.5, and skips rows without either", () => {
    const items = ethosComments(dataDir());
    expect(items).not.toBeNull();
    expect(items!.map((x) => x.hate)).toEqual([1, 1, 1, 0, 0, 0]);
    // A quoted comment keeps its semicolon.
    expect(items![2].text).toBe("Women are too stupid to vote; they should stay home");
  });

  it("is missing, not empty, when the folder is not there", () => {
    expect(ethosComments(mkdtempSync(path.join(os.tmpdir(), "vigil-none-")))).toBeNull();
  });

  it("holds its texts out of the training table", () => {
    expect(heldOutTexts(dataDir())).toContain("All immigrants are parasites living off our taxes");
  });

  it("is reported by vigil eval: hate ROC-AUC and the hate flag's F1", async () => {
    const report = await evaluateDevSets(
      dataDir(),
      stage1EvalScorer("v2 stage 1", loadDefaultEngine()),
    );
    expect(report.ethos).toBeDefined();
    expect(report.ethos!.n).toBe(6);
    expect(report.ethos!.positives).toBe(3);
    // The three hateful sentences are plain slurs and generalisations: ranked above the others.
    expect(report.ethos!.hateAuc).toBe(1);
    expect(report.ethos!.recall).toBeGreaterThan(0);
    expect(report.ethos!.precision).toBe(1);
  }, 60_000);
});
