// `vigil parse FILE [--format …]`: a dry run of import. Reads one file, prints the TParseResult as
// JSON (the contract in DESIGN.md); exits non-zero only when the file itself cannot be read.
import { readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { UsageError, type TCommand } from "../command";
import { isUnreadable, parseFile } from "@/lib/import/parse/parse-file";
import type { TImportFormat } from "@/lib/import/types";

const FORMATS = ["auto", "text", "html", "json", "jsonl", "csv", "wxr", "disqus"] as const;

function readBytes(file: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new CannotRead(`${file} is a directory, not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof CannotRead) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new CannotRead(
      code === "ENOENT"
        ? `${file}: no such file`
        : `${file}: cannot read (${code ?? "unknown error"})`,
    );
  }
  if (size === 0) throw new CannotRead(`${file} is empty`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw new CannotRead(
      `${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? "unknown error"})`,
    );
  }
}

class CannotRead extends Error {}

export const command: TCommand = {
  name: "parse",
  summary: "Parse an import file and print the result as JSON (no database)",
  usage: `vigil parse FILE [--format ${FORMATS.join("|")}]`,
  run: async (argv) => {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: { format: { type: "string", short: "f", default: "auto" } },
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const { values, positionals } = parsed;
    if (positionals.length !== 1)
      throw new UsageError(`expected exactly one FILE. Usage: ${command.usage}`);
    const format = values.format ?? "auto";
    if (!(FORMATS as readonly string[]).includes(format))
      throw new UsageError(`unknown --format "${format}" (expected ${FORMATS.join(", ")})`);
    const file = positionals[0];
    let bytes: Uint8Array;
    try {
      bytes = readBytes(file);
    } catch (error) {
      if (!(error instanceof CannotRead)) throw error;
      process.stderr.write(`vigil parse: ${error.message}\n`);
      return 1;
    }
    const result = parseFile(bytes, { filename: file, format: format as "auto" | TImportFormat });
    if (isUnreadable(result)) {
      process.stderr.write(`vigil parse: ${file}: ${result.errors[0].message}\n`);
      return 1;
    }
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  },
};
