// `vigil` command-line tool: dispatches to one module per sub-command under lib/cli/commands/.
import { UsageError } from "./command";
import { registry } from "./registry";
import { DomainError } from "@/lib/errors";

function printHelp(): void {
  const width = Math.max(...registry.map((c) => c.name.length));
  const lines = registry.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  process.stdout.write(
    `vigil: comment moderation and toxicity triage\n\nUsage: vigil <command> [options]\n\nCommands:\n${lines.join("\n")}\n\nRun "vigil <command> --help" for a command's options.\n`,
  );
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    printHelp();
    return name ? 0 : 1;
  }
  const entry = registry.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(
      `vigil: unknown command "${name}". Run "vigil --help" to list commands.\n`,
    );
    return 2;
  }
  const { command } = await entry.load();
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${command.summary}\n\nUsage: ${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError || error instanceof DomainError) {
      process.stderr.write(`vigil ${name}: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(
      `vigil ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (process.env.VIGIL_DEBUG) console.error(error);
    return 1;
  }
}
