// Slurs that are also ordinary words: a cigarette, a sea wall, a female dog, a bundle of sticks, a
// gearbox, "to slow down", "to damage". Read in the ordinary sense when the sentence speaks of the thing and
// aims at no person; a slur used as a verb ("… retard the growth") is no slur either.

import { tokenIs } from "../text/doc";
import { createWordSet, type TWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { sentenceEnd, sentenceStart, type TMatch, type TRuleContext } from "./match";

/** Each slur with an ordinary sense, and words that speak of that sense. */
const SENSES: Array<{ slurs: string; senses: string; takes?: string }> = [
  {
    slurs: "fag fags",
    // What one does with a cigarette, before "a …": "went out for a …", "fancy a …".
    takes:
      "for have had having need needed fancy light lit smoke smoked roll rolled bum grab quick",
    senses:
      "outside break quick fancy smoke smoking smoked smokes cigarette cigarettes ciggie ciggies cig cigs lighter light lit pack packet ashtray puff tobacco roll rolled rollie rolling ash nicotine",
  },
  {
    slurs: "faggot faggots",
    senses:
      "stick sticks wood firewood kindling bundle bundles fire fireplace stove hearth twigs branches meatball meatballs gravy onion onions butcher recipe liver pork oven dish",
  },
  {
    slurs: "dyke dykes",
    senses:
      "sea water waters dam dams flood floods flooding river rivers canal canals ditch ditches bank banks embankment tide tides levee polder storm village farmland fields dutch netherlands holland coast wall walls earth stone drainage marsh",
  },
  {
    slurs: "bitch bitches",
    senses:
      "dog dogs puppy puppies pup pups litter litters breed breeding breeder kennel kennels whelp whelped whelping mated mating spayed greyhound terrier spaniel labrador retriever hound hounds vet",
  },
  {
    slurs: "retard retards",
    senses:
      "spread growth fire flames flame combustion corrosion rust decay progress process development rate reaction reactions chemical chemicals compound compounds additive additives ignition timing engine",
  },
  {
    slurs: "tranny trannies",
    senses:
      "truck trucks car cars engine engines gearbox gearboxes transmission clutch gear gears van vans motor motors mechanic mechanics garage radio radios fluid repair rebuilt",
  },
  {
    slurs: "cripple cripples",
    // "to cripple" an economy, a party, a supply line: the verb of damage.
    senses:
      "economy economies industry industries sanctions budget budgets infrastructure network networks system systems growth business businesses company companies market markets trade production supply supplies army navy fleet party parties government campaign",
  },
  {
    slurs: "coon coons",
    senses: "raccoon raccoons hunting hunter hunters hound hounds tree trees skin cap fur trap",
  },
];

/** Misogynist slurs turned into a general insult by a noun before them ("media whores"). */
const GENERAL_INSULT_SLURS = createWordSet("whore whores slut sluts");
const INSULT_COMPOUNDS = createWordSet(
  "attention media corporate press fame money power camera publicity karma content vote war cash",
);

const slurWords = new Map<string, TWordSet>();
const slurTakes = new Map<string, TWordSet>();
for (const { slurs, senses, takes } of SENSES) {
  const set = createWordSet(senses);
  for (const slur of slurs.split(" ")) {
    slurWords.set(slur, set);
    if (takes) slurTakes.set(slur, createWordSet(takes));
  }
}
const isHomonymSlur = createWordSet([...slurWords.keys()]);

/** Determiners after a verb: "… retard the spread", "… cripple their economy". */
const DETERMINERS = createWordSet("the a an its their his her our your this that these those");
/** Words that aim a sentence at people: a group named, insulted, hated or threatened. */
const PERSON_CUES =
  C.IDENT | C.PROXY | C.PEOPLE | C.INSULT | C.TRAIT | C.DEHUMAN | C.HATE_VERB | C.VIOLENT;
/** Someone called the word: "you fag", "you stupid …", "he's a …", "she is such a …". */
const CALLED = createWordSet("he she he's she's they're you're ur");

/** Is this one-word hate match a slur used in its ordinary sense (context.ts)? */
export function isOrdinarySense(ctx: TRuleContext, m: TMatch): boolean {
  if (m.harm !== "hate" || m.to - m.from !== 1) return false;
  const { doc, cls } = ctx;
  const i = m.from;
  if (GENERAL_INSULT_SLURS(doc, i)) return i > 0 && INSULT_COMPOUNDS(doc, i - 1);
  if (!isHomonymSlur(doc, i)) return false;
  const senses = sensesOf(ctx, i);
  if (!senses) return false;
  const from = sentenceStart(ctx, i);
  const to = sentenceEnd(ctx, i);
  if (isCalled(ctx, i, from)) return false;
  let sense = false;
  for (let k = from; k < to; k++) {
    if (k === i) continue;
    if (cls[k] & PERSON_CUES) return false;
    if (senses(doc, k)) sense = true;
  }
  // The thing may be named in the sentence before or after ("… I left my lighter at home").
  for (let k = from - 1; !sense && k >= 0 && doc.sentence[k] === doc.sentence[from] - 1; k--)
    if (senses(doc, k)) sense = true;
  for (let k = to; !sense && k < doc.count && doc.sentence[k] === doc.sentence[i] + 1; k++)
    if (senses(doc, k)) sense = true;
  return sense || usedAsVerb(ctx, i) || takenAsThing(ctx, i);
}

/** "for a …", "fancy a …": the article after a verb or preposition that takes the thing. */
function takenAsThing(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  if (i < 2 || !tokenIs(doc, i - 1, "a") || doc.sentence[i - 2] !== doc.sentence[i]) return false;
  for (const [slur, takes] of slurTakes) if (tokenIs(doc, i, slur)) return takes(doc, i - 2);
  return false;
}

/** Is the word said of someone: "you (stupid) X", "he's a X", "you are such a X"? */
function isCalled(ctx: TRuleContext, i: number, from: number): boolean {
  const { doc, cls } = ctx;
  for (let k = i - 1; k >= from && k >= i - 4; k--) {
    if (cls[k] & C.YOU && k >= i - 2) return true;
    if (CALLED(doc, k)) return true;
    if (cls[k] & C.COPULA && k > from && cls[k - 1] & (C.YOU | C.THEY)) return true;
  }
  return false;
}

function sensesOf(ctx: TRuleContext, i: number): TWordSet | null {
  for (const [slur, senses] of slurWords) if (tokenIs(ctx.doc, i, slur)) return senses;
  return null;
}

/** A determiner right after and none right before: the word is a verb ("chemicals retard the …"). */
function usedAsVerb(ctx: TRuleContext, i: number): boolean {
  const { doc } = ctx;
  if (i + 1 >= doc.count || doc.sentence[i + 1] !== doc.sentence[i]) return false;
  if (doc.tokStart[i + 1] !== doc.tokEnd[i] + 1) return false; // punctuation between
  if (i > 0 && DETERMINERS(doc, i - 1)) return false;
  return DETERMINERS(doc, i + 1);
}
