// The admin fact-check import reports a record without a claim in plain words, and a stored claim
// vector (the claim's, then the title's) is dropped when either text it was embedded from changes,
// so stage 2 never ranks with a vector of the old wording.
import { describe, expect, it } from "vitest";
import { importFactChecks } from "@/lib/admin/operations/import-fact-checks";
import { saveFactCheck } from "@/lib/admin/operations/save-fact-check";
import { withAdminDb } from "../helpers/admin-db";

const { ctx, run } = withAdminDb("root@vectors.test");

const line = (fields: Record<string, string>) => JSON.stringify({ verdict: "false", ...fields });
const importLines = (lines: string[]) =>
  run<{ created: number; updated: number; errors: Array<{ where: string; message: string }> }>(
    importFactChecks,
    { filename: "lib.jsonl", format: "jsonl", text: lines.join("\n") },
  );

/** Gives every fact-check a stored vector, as stage 2 does when it first embeds one. */
const storeVectors = () =>
  ctx.db.sql.query(
    `UPDATE "FactCheck" SET "embedding" = '\\x00'::bytea, "embeddingModel" = 'test-encoder'`,
  );
const vectorOf = async (externalId: string) =>
  (
    await ctx.db.prisma.factCheck.findUniqueOrThrow({
      where: { externalId },
      select: { embeddingModel: true },
    })
  ).embeddingModel;

describe("fact-check import and stored vectors", () => {
  it("reports a record without a claim as 'claim is missing', with its line", async () => {
    const result = await importLines([
      line({ id: "a1", claim: "The moon landing was staged" }),
      line({ id: "a2" }),
    ]);
    expect(result.created).toBe(1);
    expect(result.errors).toEqual([{ where: "line 2", message: "claim is missing" }]);
  });

  it("drops a stored vector when the claim or the title changes, keeps it otherwise", async () => {
    await importLines([
      line({ id: "v1", claim: "Vaccines contain tracking chips", title: "Chips in vaccines?" }),
      line({ id: "v2", claim: "The dam was blown up on purpose", title: "Was the dam sabotaged?" }),
      line({ id: "v3", claim: "Wind farms cause drought", title: "Do wind farms dry land?" }),
    ]);
    await storeVectors();
    const changed = await importLines([
      line({ id: "v1", claim: "Vaccines contain tracking chips", title: "Are there chips?" }),
      line({
        id: "v2",
        claim: "The dam was blown up deliberately",
        title: "Was the dam sabotaged?",
      }),
      line({ id: "v3", claim: "Wind farms cause drought", title: "Do wind farms dry land?" }),
    ]);
    expect(changed.updated).toBe(2);
    expect(await vectorOf("v1")).toBeNull();
    expect(await vectorOf("v2")).toBeNull();
    expect(await vectorOf("v3")).toBe("test-encoder");
  });

  it("drops a stored vector when an admin edits the claim", async () => {
    await storeVectors();
    const row = await ctx.db.prisma.factCheck.findUniqueOrThrow({ where: { externalId: "v3" } });
    await run(saveFactCheck, {
      id: row.id,
      externalId: "v3",
      claim: "Wind farms cause droughts and floods",
      verdict: row.verdict,
      url: row.url,
      publisher: row.publisher,
      active: true,
    });
    expect(await vectorOf("v3")).toBeNull();
  });
});
