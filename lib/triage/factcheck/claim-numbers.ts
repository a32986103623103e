// Numbers as a stage-2 signal: a comment that repeats a claim tends to repeat its figures and
// years ("5G", "2020", "$1.5 million"), and a claim whose figures the comment lacks is likelier
// another claim on the same topic.

const NUMBER = /\d+(?:[.,]\d+)?/g;
const URLS = /(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi;

/** The numbers a comment states (links left out: their digits are not the comment's). */
export function commentNumbers(text: string): ReadonlySet<string> {
  return new Set(text.replace(URLS, " ").match(NUMBER) ?? []);
}

/**
 * [how many of the claim's and its title's numbers the comment states, at most 3; 1 when the
 * claim itself states a number the comment does not, else 0].
 */
export function numberFeatures(
  said: ReadonlySet<string>,
  claim: { claim: string; title?: string | null },
): [number, number] {
  let shared = 0;
  for (const n of new Set(`${claim.claim} ${claim.title ?? ""}`.match(NUMBER) ?? []))
    if (said.has(n)) shared++;
  let missing = 0;
  for (const n of new Set(claim.claim.match(NUMBER) ?? [])) if (!said.has(n)) missing = 1;
  return [Math.min(shared, 3), missing];
}
