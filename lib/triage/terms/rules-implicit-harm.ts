// What groupAsHarm finds right after a group subject: the group cast as a harm, a cost or an animal
// ("X ruin everything", "X are a drain", "X belong in a zoo", "they need to go").

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { continues, type TRuleContext } from "./match";

/** What a group is said to do to a place or to everything: "X ruin everything", "they are destroying our town". */
export const RUIN_WORDS =
  "want wants wanted ruin ruins ruining destroy destroys destroying wreck wrecks wrecking spoil spoils spoiling poison poisons poisoning infect infects infecting pollute pollutes polluting";
const RUIN = createWordSet(RUIN_WORDS);
/** A group called a cost to others: "X are a drain on society", "a waste of space". */
export const BURDEN_WORDS = "drain burden waste blight stain liability leech";
const BURDEN = createWordSet(BURDEN_WORDS);
const BROUGHT = createWordSet("brought bring brings bringing");
const TROUBLE = createWordSet(
  "trouble problems crime crimes misery violence chaos disease diseases drugs poverty terror terrorism",
);
const STINK = createWordSet("stink stinks reek reeks");
const GO_AWAY = createWordSet("back home away");
/** "need to go", "have to go", "ought to go": the group told to leave. */
const MUST_TO = createWordSet("need needs have has got ought");
const CONTRIBUTE = createWordSet(
  "contribute contributes add adds bring brings offer offers give gives produce produces",
);
/** Where a group is said to belong: "X belong in a zoo / the kitchen / cages". */
const PLACES = createWordSet(
  "zoo zoos cage cages kitchen kitchens jail jails prison prisons gutter gutters trash bin sewer sewers hell camps camp ghetto ghettos jungle jungles wild desert chains",
);
export const BELONG_WORDS = "belong belongs";
const BELONG = createWordSet(BELONG_WORDS);

const RUINED = createWordSet(
  "everything everyone our this society country countries neighbourhood neighborhood neighbourhoods neighborhoods town towns city cities culture communities nation schools",
);

/** What a group is said to spread: "X spread disease", "they spread crime everywhere". */
const SPREAD = createWordSet("spread spreads spreading");
const CONTAGION = createWordSet("disease diseases crime filth aids germs sickness plague");
const WORLD = createWordSet(
  "everything world country society things town city neighbourhood neighborhood",
);
const LOWER = createWordSet("lower worse viler dirtier filthier");
const FINE = createWordSet("good great perfect excellent fine better");

const DEMAND = createWordSet("demand demands expect expects");
const HANDOUTS = createWordSet("handouts handout privileges freebies");

const DECENCY = createWordSet(
  "telling truth love loving thinking thought learning honesty empathy kindness compassion reason reasoning working work tell think learn",
);
const DULL_THINGS = createWordSet(
  "rock rocks potato potatoes brick bricks plant goldfish monkey dog chimp",
);
const LEASH = createWordSet("leash leashes cage cages chains kennel kennels zoo");
const SERVILE = createWordSet("slaves slave servants servant pets pet property");
const DIRT = createWordSet("dirt trash garbage rubbish filth scum");

export const WANT_WORDS = "want wants wanted";
export const WANT = createWordSet(WANT_WORDS);

export const OUR = createWordSet("our this my here");

export function harmAt(
  ctx: TRuleContext,
  k: number,
  end: number,
): { to: number; weight: number; reason: string } | null {
  const { doc, cls } = ctx;
  if (SPREAD(doc, k) && k + 1 < end && CONTAGION(doc, k + 1))
    return {
      to: k + 2,
      weight: 0.7,
      reason: "implicit derogation: an identity group said to spread disease or crime",
    };
  // "they make the world worse", "X make everything worse".
  if ((tokenIs(doc, k, "make") || tokenIs(doc, k, "makes")) && k + 1 < end) {
    let o = k + 1;
    if (cls[o] & C.ARTICLE || OUR(doc, o)) o++;
    if (o + 1 < end && WORLD(doc, o) && tokenIs(doc, o + 1, "worse"))
      return {
        to: o + 2,
        weight: 0.65,
        reason: "implicit derogation: an identity group said to make everything worse",
      };
  }
  // "X make great slaves", "they make good servants": a group cast as owned labour.
  if ((tokenIs(doc, k, "make") || tokenIs(doc, k, "makes")) && k + 1 < end) {
    const o = FINE(doc, k + 1) ? k + 2 : k + 1;
    if (o < end && SERVILE(doc, o))
      return {
        to: o + 1,
        weight: 0.7,
        reason: "implicit derogation: an identity group cast as slaves or servants",
      };
  }
  // "they are lower than dirt", "X are worse than animals".
  if (LOWER(doc, k) && k > 0 && cls[k - 1] & C.COPULA && tokenIs(doc, k + 1, "than") && k + 2 < end)
    if (cls[k + 2] & C.DEHUMAN || DIRT(doc, k + 2))
      return {
        to: k + 3,
        weight: 0.75,
        reason: "dehumanising: an identity group ranked below dirt or animals",
      };
  if (RUIN(doc, k)) {
    // What is ruined is everything, or ours: "ruin everything", "destroying our town".
    let o = k + 1;
    if (o < end && cls[o] & C.ARTICLE) o++;
    if (o < end && RUINED(doc, o))
      return {
        to: o + 1,
        weight: 0.7,
        reason: "implicit derogation: an identity group said to ruin",
      };
    return null;
  }
  // "X always stink", "they reek".
  if (STINK(doc, k))
    return {
      to: k + 1,
      weight: 0.7,
      reason: "implicit derogation: an identity group said to stink",
    };
  // "They need to go.", "X must go back": a group told to leave, the sentence ending there.
  if (
    tokenIs(doc, k, "go") &&
    // Told to go ("need to go", "must go"), not wanting to ("which way they want to go").
    ((tokenIs(doc, k - 1, "to") && MUST_TO(doc, k - 2)) ||
      (cls[k - 1] & C.MODAL &&
        !tokenIs(doc, k - 1, "to") &&
        !WANT(doc, k - 1) &&
        !tokenIs(doc, k - 1, "wanna"))) &&
    (k + 1 >= end || (GO_AWAY(doc, k + 1) && k + 2 >= end))
  )
    return {
      to: k + 2 > end ? k + 1 : k + 2,
      weight: 0.7,
      reason: "implicit derogation: an identity group told to leave",
    };
  // "X need to be kept on a leash", "X are best kept in cages".
  // Prescribed ("should be kept", "best kept"), not reported ("are kept in cages at the border").
  const prescribed =
    tokenIs(doc, k - 1, "be") || tokenIs(doc, k - 1, "best") || cls[k - 1] & C.MODAL;
  if ((tokenIs(doc, k, "kept") || tokenIs(doc, k, "keep")) && prescribed) {
    const on = tokenIs(doc, k + 1, "on") || tokenIs(doc, k + 1, "in");
    const p = cls[k + 2] & C.ARTICLE ? k + 3 : k + 2;
    if (on && p < end && LEASH(doc, p))
      return {
        to: p + 1,
        weight: 0.7,
        reason: "dehumanising: an identity group kept like an animal",
      };
  }
  // "X are incapable of telling the truth / of love".
  if (
    (tokenIs(doc, k, "incapable") || tokenIs(doc, k, "unable")) &&
    k > 0 &&
    cls[k - 1] & C.COPULA
  ) {
    const o = tokenIs(doc, k + 1, "of") ? k + 2 : tokenIs(doc, k + 1, "to") ? k + 2 : -1;
    if (o > 0 && o < end && DECENCY(doc, o))
      return {
        to: o + 1,
        weight: 0.7,
        reason: "negated positive: an identity group said to be incapable of decency",
      };
  }
  // "X have the intelligence of a rock".
  if ((tokenIs(doc, k, "intelligence") || tokenIs(doc, k, "iq")) && tokenIs(doc, k + 1, "of")) {
    const o = cls[k + 2] & C.ARTICLE ? k + 3 : k + 2;
    if (o < end && (DULL_THINGS(doc, o) || cls[o] & C.DEHUMAN))
      return {
        to: o + 1,
        weight: 0.7,
        reason: "dehumanising: an identity group's mind likened to a thing or an animal",
      };
  }
  // "X demand special treatment", "they expect handouts".
  if (DEMAND(doc, k)) {
    const o = tokenIs(doc, k + 1, "special") ? k + 2 : k + 1;
    // The clause ends there ("… special treatment at the airport, which the law requires" does not).
    const said = HANDOUTS(doc, o) || (o === k + 2 && tokenIs(doc, o, "treatment"));
    if (o < end && said && !continues(ctx, o))
      return {
        to: o + 1,
        weight: 0.65,
        reason: "implicit derogation: an identity group cast as entitled",
      };
  }
  // "X can all go to hell", "they should go to hell".
  if (
    tokenIs(doc, k, "go") &&
    tokenIs(doc, k + 1, "to") &&
    tokenIs(doc, k + 2, "hell") &&
    // "… go to hell and back to get here" is an ordeal.
    !tokenIs(doc, k + 4, "back") &&
    (toldBy(ctx, k - 1) || (tokenIs(doc, k - 1, "all") && toldBy(ctx, k - 2)))
  )
    return { to: k + 3, weight: 0.65, reason: "an identity group told to go to hell" };
  if (BURDEN(doc, k) && k > 0 && cls[k - 1] & C.ARTICLE)
    return { to: k + 1, weight: 0.7, reason: "implicit derogation: an identity group as a burden" };
  if (CONTRIBUTE(doc, k) && k + 1 < end && tokenIs(doc, k + 1, "nothing"))
    return {
      to: k + 2,
      weight: 0.65,
      reason: "implicit derogation: an identity group said to contribute nothing",
    };
  // "X have brought nothing but trouble", "X bring nothing but crime".
  if (
    BROUGHT(doc, k) &&
    tokenIs(doc, k + 1, "nothing") &&
    tokenIs(doc, k + 2, "but") &&
    k + 3 < end &&
    TROUBLE(doc, k + 3)
  )
    return {
      to: k + 4,
      weight: 0.65,
      reason: "implicit derogation: an identity group said to bring only harm",
    };
  // "X are only good for …", "X are only good at one thing".
  if (
    tokenIs(doc, k, "good") &&
    (tokenIs(doc, k + 1, "for") || tokenIs(doc, k + 1, "at")) &&
    // "only good for …", "good for one thing (only)".
    (tokenIs(doc, k - 1, "only") || (tokenIs(doc, k + 2, "one") && tokenIs(doc, k + 3, "thing")))
  )
    return {
      to: k + 2,
      weight: 0.7,
      reason: "implicit derogation: an identity group only good for",
    };
  if (BELONG(doc, k) && (tokenIs(doc, k + 1, "in") || tokenIs(doc, k + 1, "on"))) {
    const p = cls[k + 2] & C.ARTICLE ? k + 3 : k + 2;
    if (p < end && PLACES(doc, p))
      return {
        to: p + 1,
        weight: 0.75,
        reason: "implicit derogation: an identity group put in its place",
      };
  }
  if (
    tokenIs(doc, k, "know") &&
    tokenIs(doc, k + 2, "place") &&
    (tokenIs(doc, k + 1, "their") || tokenIs(doc, k + 1, "your"))
  )
    return {
      to: k + 3,
      weight: 0.65,
      reason: "implicit derogation: an identity group put in its place",
    };
  return null;
}

/** A modal, "can" included ("X can go to hell"), at k. */
function toldBy(ctx: TRuleContext, k: number): boolean {
  return k >= 0 && ((ctx.cls[k] & C.MODAL) !== 0 || tokenIs(ctx.doc, k, "can"));
}
