// Streams moderation actions or comments as CSV / NDJSON for admins (reports:export).
import { authorizeRequest, withOutage503 } from "@/lib/auth/adapters";
import { getDb } from "@/lib/db";
import { logger } from "@/lib/log";
import { recordAudit } from "@/lib/audit/record";
import { CONTENT_TYPE, exportFilename } from "@/lib/reports/export-format";
import { parseExportRequest } from "@/lib/reports/export-request";
import { countExport, exportChunks } from "@/lib/reports/export-stream";

export const dynamic = "force-dynamic";

async function handleGET(request: Request): Promise<Response> {
  const user = await authorizeRequest(request, "reports:export");
  if (user instanceof Response) return user;
  const parsed = parseExportRequest(new URL(request.url).searchParams);
  if (!parsed.ok)
    return Response.json({ error: parsed.error, code: "validation" }, { status: 400 });
  const { what, format, filters, countOnly } = parsed.value;
  const db = await getDb();
  if (countOnly)
    return Response.json(
      { count: await countExport(db.sql, what, filters) },
      { headers: { "Cache-Control": "no-store" } },
    );

  // Who took which data out, and with which filters, is evidence too.
  await db.prisma.$transaction((tx) =>
    recordAudit(tx, {
      actor: user,
      targetType: "EXPORT",
      targetId: what,
      action: "export",
      after: { format, filters },
    }),
  );
  logger.info({ user: user.id, what, format, filters }, "export started");
  const chunks = exportChunks(db, { kind: what, format, filters });
  // Pull-based: the next batch is read only when the client has taken the previous one, so a slow
  // download never piles rows up in memory.
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        logger.error({ err: error, user: user.id, what }, "export failed mid-stream");
        controller.error(new Error("export failed"));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${exportFilename(what, format, filters.from, filters.to)}"`,
      "Cache-Control": "no-store",
    },
  });
}

export const GET = withOutage503(handleGET);
