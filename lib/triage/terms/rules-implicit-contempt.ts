// Set phrases of contempt around a named group ("typical of a X to …", "X should stick to cooking",
// "keep your X away from my children"), each matched by its fixed wording.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { continues, ME_US, pushTokens, scanAfter, scanBefore, type TRuleContext } from "./match";
import { afterGroup } from "./rules-implicit";
import { RELATIVE } from "./rules-implicit-wishes";

const TYPICAL = createWordSet("typical");
const SOMETHING = createWordSet("something");
const DO_SAY = createWordSet("do say");
const COURSE = createWordSet("course");
const TROUBLE_VERBS = createWordSet("causing making stirring");
const TROUBLE = createWordSet("trouble problems chaos mess havoc");
const STICK_OBJECTS = createWordSet("kitchen housework laundry dishes fields farms");
const NOT_STICK = createWordSet("rules law facts point script plan");
const STAY_IN = createWordSet("stay stays belong belongs");
const IN_TO = createWordSet("in to");
const FRIENDS = createWordSet("friends friend mates buddies pals kind");
const SOONER = createWordSet("sooner rather");
const ANIMAL = createWordSet("dog pig rat monkey goat cow donkey chimp animal");
const MISDEEDS = createWordSet(
  "mess screw ruin ruins ruined complain complaining whine whining moan cause causing blame fail lie lying steal stealing cheat",
);
const DID_THIS = createWordSet("did done behind started");
const KIDS = createWordSet(
  "children kids child kid daughter daughters son sons family dog dogs school schools",
);
const NEAR_VERBS = createWordSet("near babysit touch watch teach raise");

const OPEN = createWordSet("open opens");
const MOUTHS = createWordSet("mouth mouths");
const SPEWED = createWordSet("garbage trash lies filth crap rubbish nonsense shit bullshit");

const FATES = createWordSet("death chambers chamber prison hanging hell jail");

/**
 * Set phrases of contempt around the identity group at g: "typical of a X to …", "sounds like
 * something a X would do", "of course it was a X who …", "another X causing trouble", "X are why we
 * can't have nice things", "X should stick to cooking", "I'd sooner hire a dog than a X", "keep
 * your X away from my children", "I wouldn't let a X babysit my dog".
 */
export function contemptIdioms(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const a = afterGroup(ctx, g);
  // Up to two words before the group past an article: "typical of a", "something a", "it was a".
  const d = g >= 1 && cls[g - 1] & C.ARTICLE ? g - 2 : g - 1;
  let from = -1;
  let to = a;
  if (d >= 1 && tokenIs(doc, d, "of") && TYPICAL(doc, d - 1) && tokenIs(doc, a, "to")) {
    // "Typical of a X to mess things up" (not "… to survive against all odds").
    const bad = scanAfter(ctx, a, 3, (k) => (badDoing(ctx, k) ? k : undefined));
    if (bad !== null) [from, to] = [d - 1, bad + 1];
  } else if (d >= 0 && SOMETHING(doc, d) && cls[a] & C.MODAL && DO_SAY(doc, a + 1)) {
    // "Sounds like something a X would do." (the clause ends there).
    if (!continues(ctx, a + 1)) [from, to] = [d, a + 2];
  } else if (
    d >= 3 &&
    cls[d] & C.COPULA &&
    tokenIs(doc, d - 1, "it") &&
    COURSE(doc, d - 2) &&
    tokenIs(doc, d - 3, "of") &&
    RELATIVE(doc, a)
  ) {
    // "Of course it was a X who did this" (blame; not "… who won the prize").
    const blamed = scanAfter(ctx, a, 4, (k) =>
      badDoing(ctx, k) || DID_THIS(doc, k) ? k : undefined,
    );
    if (blamed !== null) [from, to] = [d - 3, blamed + 1];
  } else if (d >= 0 && tokenIs(doc, d, "another") && TROUBLE_VERBS(doc, a) && TROUBLE(doc, a + 1))
    [from, to] = [d, a + 2];
  else if (cls[a] & C.COPULA && tokenIs(doc, a + 1, "why")) {
    // "X are why we can't have nice things"
    const k = scanAfter(ctx, a + 1, 5, (k) =>
      tokenIs(doc, k, "nice") && tokenIs(doc, k + 1, "things") ? k : undefined,
    );
    if (k !== null)
      pushTokens(
        ctx,
        "hate",
        g,
        k + 2,
        0.65,
        "implicit derogation: an identity group blamed for everything",
        true,
      );
  } else if (cls[a] & C.MODAL && tokenIs(doc, a + 1, "stick") && tokenIs(doc, a + 2, "to")) {
    // "X should stick to cooking / the kitchen" (not "… to the rules").
    const o = cls[a + 3] & C.ARTICLE ? a + 4 : a + 3;
    const gerund = o < doc.count && /ing$/.test(doc.norm.slice(doc.tokStart[o], doc.tokBaseEnd[o]));
    if ((gerund || STICK_OBJECTS(doc, o)) && !NOT_STICK(doc, o)) [from, to] = [g, o + 1];
  } else if (cls[a] & C.MODAL && STAY_IN(doc, a + 1) && IN_TO(doc, a + 2)) {
    // "X should stay in the kitchen", "X belong in the fields".
    const o = cls[a + 3] & C.ARTICLE ? a + 4 : a + 3;
    if (STICK_OBJECTS(doc, o)) [from, to] = [g, o + 1];
  } else if (d >= 0 && tokenIs(doc, d, "than")) {
    // "I'd sooner hire a dog than a X": the group ranked below an animal.
    let animal = false;
    let sooner = false;
    for (let k = d - 1; k >= 0 && k >= d - 6 && doc.sentence[k] === doc.sentence[g]; k--) {
      if (cls[k] & C.DEHUMAN || ANIMAL(doc, k)) animal = true;
      if (SOONER(doc, k)) sooner = true;
    }
    if (animal && sooner)
      pushTokens(
        ctx,
        "hate",
        d,
        g + 1,
        0.7,
        "dehumanising: an identity group ranked below an animal",
      );
  } else if (
    d >= 2 &&
    tokenIs(doc, d, "for") &&
    tokenIs(doc, d - 1, "good") &&
    tokenIs(doc, d - 2, "too")
  ) {
    // "Death is too good for X", "gas chambers are too good for them": a worse fate wished.
    const fate = scanBefore(ctx, d - 2, 5, (k) =>
      cls[k] & (C.VIOLENT | C.VIOLENT_PART) || FATES(doc, k) ? k : undefined,
    );
    if (fate !== null) {
      pushTokens(
        ctx,
        "hate",
        fate,
        g + 1,
        0.75,
        "a violent fate called too good for an identity group",
      );
      pushTokens(
        ctx,
        "threat",
        fate,
        g + 1,
        0.6,
        "a violent fate called too good for an identity group",
      );
    }
  } else if (
    d >= 2 &&
    tokenIs(doc, d, "more") &&
    tokenIs(doc, d - 1, "many") &&
    tokenIs(doc, d - 2, "how")
  ) {
    // "How many more X do we have to put up with?"
    const k = scanAfter(ctx, a, 6, (k) =>
      tokenIs(doc, k, "put") && tokenIs(doc, k + 1, "up") ? k : undefined,
    );
    if (k !== null)
      pushTokens(
        ctx,
        "hate",
        d - 2,
        k + 3,
        0.6,
        "contempt: an identity group as something to put up with",
      );
  } else if (OPEN(doc, a) && tokenIs(doc, a + 1, "their") && MOUTHS(doc, a + 2)) {
    // "When X open their mouths, nothing but garbage comes out."
    const k = scanAfter(ctx, a + 2, 6, (k) =>
      SPEWED(doc, k) && tokenIs(doc, k + 1, "comes") ? k : undefined,
    );
    if (k !== null)
      pushTokens(
        ctx,
        "hate",
        g,
        k + 3,
        0.65,
        "implicit derogation: an identity group's words called garbage",
      );
  } else if (
    (tokenIs(doc, a, "away") && tokenIs(doc, a + 1, "from")) ||
    (FRIENDS(doc, a) && tokenIs(doc, a + 1, "away") && tokenIs(doc, a + 2, "from"))
  ) {
    // "Keep your X away from my children", "keep your X friends away from me".
    const f = FRIENDS(doc, a) ? a + 1 : a;
    let keep = -1;
    for (let k = g - 1; k >= 0 && k >= g - 3 && keep < 0; k--)
      if (tokenIs(doc, k, "keep")) keep = k;
    const o =
      tokenIs(doc, f + 2, "my") || tokenIs(doc, f + 2, "our") || cls[f + 2] & C.ARTICLE
        ? f + 3
        : f + 2;
    if (keep >= 0 && KIDS(doc, o)) [from, to] = [keep, o + 1];
    else if (keep >= 0 && ME_US(doc, f + 2)) [from, to] = [keep, f + 3];
  } else if (d >= 2 && tokenIs(doc, d, "let") && cls[d - 1] & C.NEGATOR && NEAR_VERBS(doc, a)) {
    // "I wouldn't let a X babysit my dog / near my kids".
    const k = scanAfter(ctx, a, 3, (k) => (KIDS(doc, k) ? k : undefined));
    if (k !== null)
      pushTokens(
        ctx,
        "hate",
        d - 1,
        k + 1,
        0.6,
        "exclusion: an identity group kept from children",
        true,
      );
  }
  if (from >= 0)
    pushTokens(
      ctx,
      "hate",
      from,
      to,
      0.6,
      "implicit derogation: a set phrase of contempt for an identity group",
    );
}

/** A word of wrongdoing at k: a trait, insult or act of violence, or "mess up", "ruin", "complain". */
function badDoing(ctx: TRuleContext, k: number): boolean {
  return (
    (ctx.cls[k] & (C.TRAIT | C.INSULT | C.VIOLENT | C.VIOLENT_PART)) !== 0 || MISDEEDS(ctx.doc, k)
  );
}
