// The shape every `vigil` sub-command follows, and the typed error a command throws for bad usage.

export type TCommand = {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code. Throw UsageError for bad arguments. */
  run: (argv: string[]) => Promise<number>;
};

/** An expected, user-facing failure: printed as one line, no stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
