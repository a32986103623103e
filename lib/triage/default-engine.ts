// The engine as shipped: the default term list and the trained model file from the repository,
// loaded once per process.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createTriageEngine, type TClaimMatcherLike, type TTriageEngine } from "./engine";
import type { TLinearModel } from "./model/linear-model";
import { decodeModel } from "./model/model-file";
import defaultTerms from "./terms/default-terms.json";
import { parseTermEntries, type TTermEntry } from "./terms/schema";
import { loadSpanModelFile, resolveSpanModelPath } from "./spans/span-model-file";
import type { TSpanTaggerModel } from "./spans/tagger";

const MODEL_RELATIVE = "lib/triage/model/model.json";
export const DEFAULT_MODEL_PATH = MODEL_RELATIVE;

/** Where the shipped model file is: next to this module, or under the working directory. */
export function resolveModelPath(): string | null {
  const candidates: string[] = [];
  try {
    candidates.push(fileURLToPath(new URL("./model/model.json", import.meta.url)));
  } catch {
    // Bundled: import.meta.url is not a file URL.
  }
  candidates.push(path.join(process.cwd(), MODEL_RELATIVE));
  return candidates.find((p) => existsSync(p)) ?? null;
}

export function loadModelFile(file: string): TLinearModel {
  return decodeModel(JSON.parse(readFileSync(file, "utf8")));
}

export function defaultTermEntries(): TTermEntry[] {
  return parseTermEntries(defaultTerms);
}

let cachedModel: TLinearModel | null | undefined;
let cachedTagger: TSpanTaggerModel | null | undefined;
let cachedEngine: TTriageEngine | null = null;

/** The shipped model, or null when the file is missing (the engine then runs on terms alone). */
export function loadDefaultModel(): TLinearModel | null {
  if (cachedModel === undefined) {
    const file = resolveModelPath();
    cachedModel = file ? loadModelFile(file) : null;
  }
  return cachedModel;
}

/** The shipped span tagger, or null when its file is missing (the model's own spans are kept). */
export function loadDefaultSpanTagger(): TSpanTaggerModel | null {
  if (cachedTagger === undefined) {
    const file = resolveSpanModelPath();
    cachedTagger = file ? loadSpanModelFile(file) : null;
  }
  return cachedTagger;
}

/** Shipped terms + shipped model, cached. A claim matcher makes a separate (uncached) engine. */
export function loadDefaultEngine(
  options: { claimMatcher?: TClaimMatcherLike | null } = {},
): TTriageEngine {
  if (options.claimMatcher) {
    return createTriageEngine({
      terms: defaultTermEntries(),
      model: loadDefaultModel(),
      spanTagger: loadDefaultSpanTagger(),
      claimMatcher: options.claimMatcher,
    });
  }
  if (!cachedEngine)
    cachedEngine = createTriageEngine({
      terms: defaultTermEntries(),
      model: loadDefaultModel(),
      spanTagger: loadDefaultSpanTagger(),
    });
  return cachedEngine;
}
