// Collects warnings and record errors while a parser runs; every issue names where it happened.
import type { TParseIssue } from "@/lib/import/types";

/** The `where` used for problems with the file as a whole (cannot be decoded, empty, binary). */
export const FILE_WHERE = "file";

export class IssueLog {
  readonly warnings: TParseIssue[] = [];
  readonly errors: TParseIssue[] = [];
  // Some warnings (e.g. "relative timestamp") would repeat on every record; say them once.
  private readonly onceKeys = new Set<string>();

  warn(where: string, message: string): void {
    this.warnings.push({ where, message });
  }

  warnOnce(key: string, where: string, message: string): void {
    if (this.onceKeys.has(key)) return;
    this.onceKeys.add(key);
    this.warn(where, message);
  }

  error(where: string, message: string): void {
    this.errors.push({ where, message });
  }
}
