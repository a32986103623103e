// The demo fact-check library for the sample pages in seeds/ (our own wording, marked as demo),
// validated like any other library so a typo in the JSON shows up as an error, not a silent gap.

import demo from "./demo-library.json";
import { FactCheckCollector } from "./fact-check-record";
import type { TLoadResult } from "./schemas";

export const DEMO_LIBRARY_NOTE: string = demo.about;

export function loadDemoLibrary(): TLoadResult {
  const out = new FactCheckCollector();
  demo.claims.forEach((claim, i) => out.add(claim, `demo-library.json claims[${i}]`));
  return out.result();
}
