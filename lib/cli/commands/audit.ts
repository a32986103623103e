// `vigil audit verify`: walks the audit log's hash chain, names the first bad row (exit 1) and
// records the result for Reports.
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { openCliDb } from "../open-db";
import { verifyAuditChain } from "@/lib/audit/verify";

const USAGE = "vigil audit verify [--json]";

export const command: TCommand = {
  name: "audit",
  summary: "Audit log: audit verify (check the hash chain)",
  usage: USAGE,
  async run(argv) {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: "boolean" } },
    });
    if (positionals[0] !== "verify")
      throw new UsageError(`expected "audit verify". Usage: ${USAGE}`);
    const db = await openCliDb();
    try {
      const result = await verifyAuditChain(db.sql);
      if (values.json) process.stdout.write(JSON.stringify(result) + "\n");
      else if (result.ok) process.stdout.write(`audit log intact: ${result.message}\n`);
      else process.stderr.write(`audit log TAMPERED: ${result.message}\n`);
      return result.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  },
};
