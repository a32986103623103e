// Starts a web import of previewed (possibly hand-corrected) files; progress is polled per job.
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { ZStartImport } from "@/lib/import/schemas";
import { startImportJob } from "@/lib/import/jobs";

export const startImport = defineOperation({
  name: "import.start",
  permission: "import:run",
  input: ZStartImport,
  example: { files: [{ name: "example.json", format: "json", articles: [{ title: "Matrix test", url: null, source: null, publishedAt: null, body: "", comments: [] }], errors: [], warnings: [] }] },
  run: async ({ user }, input) => ({ jobId: await startImportJob(await getDb(), user, input) }),
  revalidate: ["/import"],
});
