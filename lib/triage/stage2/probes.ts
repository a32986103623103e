// What stage 2 reads of a comment's text beyond the terms analyzer's signals: the counter-speech
// frame (counter-speech.ts) and the negation flip probe (negation.ts), attached to each view.

import { counterSpeechFrame } from "./counter-speech";
import { attachNegationProbes } from "./negation";
import type { TStage1View } from "./stack-features";

/** Sets each view's counter-speech frame, then embeds the batch's negation probes in one call. */
export async function attachTextProbes(
  texts: string[],
  views: TStage1View[],
  embed: (texts: string[]) => Promise<Float32Array[]>,
  read: (text: string) => TStage1View,
): Promise<number> {
  texts.forEach((t, i) => {
    if (views[i].signals.identity && counterSpeechFrame(t))
      views[i] = { ...views[i], counterSpeech: 1 };
  });
  return attachNegationProbes(texts, views, embed, read);
}
