// The live ingestion endpoint's work: validate pushed records (Vigil's JSON schema), write them like
// any import, score the new comments. Bad records are reported by index; good ones still land.
import type { TDb } from "@/lib/db/connect";
import type { TParseIssue } from "@/lib/import/types";
import { parseVigilRecord } from "@/lib/import/parse/vigil-json";
import { RecordBatch } from "./ingest/record-batch";
import { emptyWriteResult, writeArticles } from "./ingest/write-articles";
import { scoreAfterImport } from "./score-hook";

export const MAX_INGEST_RECORDS = 1000;
export const MAX_INGEST_BYTES = 5 * 1024 * 1024;

export type TIngestResult = {
  status: 201 | 400;
  body: {
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    commentIds: number[];
    errors: TParseIssue[];
  };
};

function recordsOf(payload: unknown): unknown[] | null {
  if (Array.isArray(payload)) return payload;
  if (
    payload &&
    typeof payload === "object" &&
    Array.isArray((payload as { comments?: unknown }).comments) &&
    !("title" in payload) &&
    !("url" in payload)
  ) {
    return (payload as { comments: unknown[] }).comments;
  }
  return payload && typeof payload === "object" ? [payload] : null;
}

export async function ingestPayload(db: TDb, payload: unknown): Promise<TIngestResult> {
  const records = recordsOf(payload);
  const fail = (message: string): TIngestResult => ({
    status: 400,
    body: {
      created: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      commentIds: [],
      errors: [{ where: "body", message }],
    },
  });
  if (!records) return fail('expected a JSON object, an array of records, or {"comments": [...]}');
  if (records.length === 0) return fail("no records");
  if (records.length > MAX_INGEST_RECORDS)
    return fail(
      `too many records (${records.length}); send at most ${MAX_INGEST_RECORDS} per request`,
    );
  const errors: TParseIssue[] = [];
  const batch = new RecordBatch();
  records.forEach((value, i) => {
    const record = parseVigilRecord(value, `record ${i + 1}`);
    if (record.kind === "error") return errors.push(record.error);
    if (record.kind === "article") errors.push(...record.errors);
    batch.add(record);
  });
  const written = emptyWriteResult();
  await writeArticles(db.sql, batch.take(), written);
  for (const f of written.failures)
    errors.push({ where: `article "${f.title ?? "?"}"`, message: f.message });
  await scoreAfterImport(db, written.touchedCommentIds);
  const c = written.comments;
  const accepted = c.created + c.updated + c.unchanged;
  return {
    status: accepted > 0 || errors.length === 0 ? 201 : 400,
    body: {
      created: c.created,
      updated: c.updated,
      unchanged: c.unchanged,
      rejected: errors.length + c.rejected,
      commentIds: written.touchedCommentIds,
      errors,
    },
  };
}
