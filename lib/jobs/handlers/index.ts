// Which function runs each kind of job.
import type { TJobKind } from "../kinds";
import type { THandler } from "../runner";
import { runImport } from "./import";
import { drainStage2, rescore } from "./score";
import { runExternalScoring } from "./external";
import { runExport } from "./export";

export const HANDLERS: Record<TJobKind, THandler> = {
  import: runImport,
  "score-stage2": drainStage2,
  rescore,
  "external-score": runExternalScoring,
  export: runExport,
};
