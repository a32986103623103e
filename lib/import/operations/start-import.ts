// Starts a web import of an upload the server kept at preview time, with the person's split
// corrections applied; progress is polled per job. The upload is used once.
import { defineOperation } from "@/lib/auth/operation";
import { getDb } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { ZStartImport } from "@/lib/import/schemas";
import { startImportJob } from "@/lib/import/jobs";
import { applyEdits } from "@/lib/import/web-preview";
import { takeUpload } from "@/lib/import/web-upload";

export const startImport = defineOperation({
  name: "import.start",
  permission: "import:run",
  input: ZStartImport,
  example: { uploadId: "00000000-0000-4000-8000-000000000000", edits: [] },
  run: async ({ user }, { uploadId, edits }) => {
    const db = await getDb();
    const files = await takeUpload(db, user.id, uploadId, (kept) => {
      const edited = applyEdits(kept, edits);
      if ("error" in edited) throw new ValidationError(edited.error);
      return edited;
    });
    return { jobId: await startImportJob(db, user, { files }) };
  },
  revalidate: ["/import"],
});
