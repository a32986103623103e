// Identity hate with no slur or insult in it: ill wishes ("… should suffer", "… are better off
// dead", "… deserve nothing"), a decline blamed on a group's arrival ("was fine until … moved
// in"), sarcastic warnings ("Hire a …? Enjoy going bankrupt.") and promised harm ("I will make sure
// every … pays").

import { tokenIs } from "../text/doc";
import { createWordSet, type TWordSet } from "../text/word-set";
import { C } from "./lexicon";
import {
  continues,
  ME_US,
  writerBefore,
  pushTokens,
  scanAfter,
  scanBefore,
  SELF_WILL,
  sentenceEnd,
  sentenceStart,
  type TRuleContext,
} from "./match";
import { isIdentity, lastMention } from "./rules-hate";

/** What is wished on a group: suffering, death, "a bullet". */
const ILL = createWordSet(
  "suffer suffers suffering starve starves rot rots perish perishes bleed bleeds bullet bullets regret regrets",
);
/** Harm a writer can promise but that alone predicts ("immigrants will disappear" if the economy fails). */
const VANISH = createWordSet("disappear disappears vanish vanishes");
const SURVIVE = createWordSet("survive survives");
const NONE = createWordSet("no");
/** Modals that wish or demand (not "will", "would", "going to": those can predict). */
const WISHING = createWordSet("should must need needs ought deserve deserves let's lets gotta");
const NOTHING = createWordSet("nothing none");
const DESERVE = createWordSet("deserve deserves deserved");
/** Words allowed between a modal and the ill wish: "should all just rot", "will get a bullet". */
const WISH_GAP = C.COPULA | C.QUANT | C.FILLER | C.ARTICLE;
const WISH_VERBS = createWordSet("to get gets go be");
const UNTIL_WORDS = "until till til since before once after";
const UNTIL = createWordSet(UNTIL_WORDS);
const DEMONSTRATIVE = createWordSet("these those");
const ARRIVED = createWordSet(
  "moved came arrived showed turned started settled flooded poured got took began",
);
const PAST_COPULA = createWordSet("was were used");
const ENGAGE_WORDS =
  "hire employ date marry trust befriend invite elect rent let vote welcome adopt accept";
const ENGAGE = createWordSet(ENGAGE_WORDS);
const OUTCOME = createWordSet(
  "fail fails failing failed ruin ruined ruins regret regrets bankrupt bankruptcy broke robbed lose losing lost disaster goodbye luck stabbed raped bombed collapse collapses burned burns cheated scammed",
);
const RELATIVE = createWordSet("who that which");
/** Words that may follow an ill wish and keep it one: "rot in hell", "suffer like …", "starve forever". */
const WISH_TAILS = createWordSet("in like forever slowly and for it");

/** The token after an identity and its word for people ("black people", "gay men"). */
export function afterGroup(ctx: TRuleContext, i: number): number {
  let j = i + 1;
  while (j < ctx.doc.count && j <= i + 2 && ctx.cls[j] & C.PEOPLE) j++;
  return j;
}

/** Every word that can start one of the frames in implicitDerogation's loop. */
let frameStarts: TWordSet | null = null;
function frameStartsSet(): TWordSet {
  return (frameStarts ??= createWordSet(
    `${ENGAGE_WORDS} ${UNTIL_WORDS} ${LET_ALLOW_WORDS} ${PUT_WORDS} ${EVERY_TIME_WORDS} every having`,
  ));
}
/** The classes implicitDerogation's loop keeps track of (identities, "they", armed groups). */
const TRACKED = C.IDENT | C.PROXY | C.THEY | C.GROUP | C.COMBATANT;

export function implicitDerogation(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // "they" counts as the group when the last group named (within 40 words) was an identity.
  let lastIdentity = -1;
  let lastArmed = -1;
  // One scan finds the tracked classes and the words a frame below can start with.
  const starts = frameStartsSet();
  for (
    let i = starts.next(doc, 0, cls, TRACKED);
    i >= 0;
    i = starts.next(doc, i + 1, cls, TRACKED)
  ) {
    const identity = isIdentity(ctx, i);
    if (
      identity ||
      (cls[i] & C.THEY && lastIdentity >= i - 40 && lastIdentity > lastArmed && lastIdentity >= 0)
    ) {
      illWish(ctx, i);
      groupVerdict(ctx, i);
      if (identity) {
        incompatible(ctx, i);
        contemptIdioms(ctx, i);
        inferredFromMembership(ctx, i);
        livingOff(ctx, i);
        noRegardFor(ctx, i);
        grantRegretted(ctx, i);
        lastIdentity = i;
      }
      continue;
    }
    if (cls[i] & (C.GROUP | C.COMBATANT)) lastArmed = i;
    if (!starts(doc, i)) continue;
    const startsSentence = i === 0 || doc.sentence[i - 1] !== doc.sentence[i];
    if (startsSentence && ENGAGE(doc, i)) sarcasticWarning(ctx, i);
    else if (i + 1 < doc.count && UNTIL(doc, i)) arrivalDecline(ctx, i);
    else if (LET_ALLOW(doc, i)) letInQuestion(ctx, i);
    if (PUT(doc, i)) inChargeRuin(ctx, i);
    else if (EVERY_TIME(doc, i) || (tokenIs(doc, i, "every") && tokenIs(doc, i + 1, "time")))
      arrivalHarm(ctx, EVERY_TIME(doc, i) ? i : i + 1);
    else if (tokenIs(doc, i, "having")) presenceHarm(ctx, i);
  }
  promisedHarm(ctx);
  worstOfAll(ctx);
}

const NONE_AT_ALL = createWordSet("zero no");
const REGARD = createWordSet("respect sympathy tolerance patience love trust");

/** "I have zero respect for X", "we have no sympathy for X": the writer's regard for a group denied. */
function noRegardFor(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  const f = cls[i - 1] & C.ARTICLE ? i - 2 : i - 1;
  if (f < 2 || !tokenIs(doc, f, "for") || !REGARD(doc, f - 1) || !NONE_AT_ALL(doc, f - 2)) return;
  if (writerBefore(ctx, f - 2, 3))
    pushTokens(
      ctx,
      "hate",
      f - 2,
      i + 1,
      0.7,
      "negated positive: regard for an identity group denied",
    );
}

const LIVING = createWordSet("living live lives");
const SPONGED = createWordSet(
  "taxpayer taxpayers welfare benefits handouts us state system others everyone government dole",
);
const FORCED = createWordSet("forced have has had struggle struggling must");

/** "Just another X living off the taxpayer", "X live off welfare": a group cast as parasites. */
function livingOff(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = afterGroup(ctx, i);
  while (k < doc.count && k <= i + 4 && cls[k] & (C.FILLER | C.QUANT)) k++;
  if (!LIVING(doc, k) || !tokenIs(doc, k + 1, "off")) return;
  // "refugees are forced to live off benefits": a hardship, not a verdict.
  for (let b = k - 1; b > i && b >= k - 3; b--) if (FORCED(doc, b)) return;
  const o = cls[k + 2] & C.ARTICLE || OUR(doc, k + 2) ? k + 3 : k + 2;
  if (o < doc.count && doc.sentence[o] === doc.sentence[i] && SPONGED(doc, o))
    pushTokens(
      ctx,
      "hate",
      i,
      o + 1,
      0.65,
      "implicit derogation: an identity group cast as parasites",
    );
}

const MEANS = createWordSet("means meaning so");
const SINGLE_PRONOUN = createWordSet("he she they he's she's they're");
const LIKELY = createWordSet("probably obviously surely definitely certainly likely must be also");

/**
 * "My colleague is one of those X, which means he is probably a thief": a trait inferred from
 * membership alone.
 */
function inferredFromMembership(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let k = afterGroup(ctx, i);
  if (tokenIs(doc, k, "which")) k++;
  if (!MEANS(doc, k) || doc.sentence[k] !== doc.sentence[i]) return;
  k++;
  if (tokenIs(doc, k, "that")) k++;
  if (!SINGLE_PRONOUN(doc, k)) return;
  k++;
  while (k < doc.count && k <= i + 12 && (cls[k] & (C.COPULA | C.ARTICLE) || LIKELY(doc, k))) k++;
  if (
    k < doc.count &&
    doc.sentence[k] === doc.sentence[i] &&
    cls[k] & (C.TRAIT | C.INSULT | C.DEHUMAN)
  )
    pushTokens(
      ctx,
      "hate",
      i,
      k + 1,
      0.7,
      "a negative trait inferred from membership of an identity group",
    );
}

const WORSE = createWordSet("worse lower viler filthier dirtier");
const NOBODY = createWordSet("nothing nobody noone");
/** What a writer would "rather die than" do with a group: date, marry, hire, live next to … */
const CLOSE_TO = createWordSet(
  "date marry kiss hire trust touch hug befriend live work share sit be become vote sleep",
);

/** The identity group starting within `limit` words after k (past articles, quantifiers, "with", "next to"), or -1. */
function groupSoonAfter(ctx: TRuleContext, k: number, limit: number): number {
  const { doc, cls } = ctx;
  return (
    scanAfter(ctx, k, limit, (g) => {
      if (isIdentity(ctx, g)) return g;
      return cls[g] & (C.ARTICLE | C.QUANT) || NEXT_TO(doc, g) ? undefined : null;
    }) ?? -1
  );
}
const NEXT_TO = createWordSet("with next to for alongside");

/**
 * A group as the worst there is, in three set phrasings: "there is nothing worse than a X" (also
 * "no one lower than"), "I'd rather die than date a X", "the only good X is a dead one".
 */
function worstOfAll(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  // "than", or an identity (the second frame).
  for (let k = THAN.next(doc, 2, cls, TARGET); k >= 0; k = THAN.next(doc, k + 1, cls, TARGET)) {
    if (tokenIs(doc, k, "than")) {
      if (WORSE(doc, k - 1)) {
        let nobody = false;
        for (let b = k - 2; b >= k - 4 && b >= sentenceStart(ctx, k); b--)
          if (NOBODY(doc, b) || (tokenIs(doc, b, "no") && tokenIs(doc, b + 1, "one")))
            nobody = true;
        const g = nobody ? groupSoonAfter(ctx, k, 3) : -1;
        if (g > 0)
          pushTokens(
            ctx,
            "hate",
            k - 1,
            g + 1,
            0.7,
            "implicit derogation: nothing worse than an identity group",
          );
      } else if (
        tokenIs(doc, k - 1, "die") &&
        tokenIs(doc, k - 2, "rather") &&
        CLOSE_TO(doc, k + 1)
      ) {
        const g = groupSoonAfter(ctx, k + 1, 4);
        if (g > 0)
          pushTokens(
            ctx,
            "hate",
            k - 2,
            g + 1,
            0.75,
            "implicit derogation: rather die than be near an identity group",
          );
      }
    } else if (tokenIs(doc, k - 2, "only") && tokenIs(doc, k - 1, "good") && isIdentity(ctx, k)) {
      // "the only good X is a dead one / dead X / in the ground".
      const end = sentenceEnd(ctx, k);
      for (let d = k + 1; d < end && d <= k + 5; d++) {
        if (!tokenIs(doc, d, "dead")) continue;
        pushTokens(ctx, "hate", k - 2, d + 1, 0.9, "death wished on an identity group");
        pushTokens(ctx, "threat", k - 2, d + 1, 0.6, "death wished on an identity group");
        break;
      }
    }
  }
}

/** "X should suffer", "they deserve nothing", "X are better off dead", "any X who … will get a bullet". */
function illWish(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;
  let j = afterGroup(ctx, i);
  // "Any X who comes near me will …": skip the relative clause to its modal.
  if (j < doc.count && RELATIVE(doc, j) && i > 0 && cls[i - 1] & C.QUANT) {
    while (j < doc.count && j < i + 8 && doc.sentence[j] === doc.sentence[i] && !(cls[j] & C.MODAL))
      j++;
  }
  if (j >= doc.count || doc.sentence[j] !== doc.sentence[i]) return;
  // "… deserve nothing", but not "… deserve nothing but kindness".
  if (DESERVE(doc, j) && j + 1 < doc.count && NOTHING(doc, j + 1) && !continues(ctx, j + 1)) {
    pushTokens(
      ctx,
      "hate",
      i,
      j + 2,
      0.65,
      "implicit derogation: an identity group denied everything",
    );
    return;
  }
  if (cls[j] & C.COPULA && j + 3 < doc.count && tokenIs(doc, j + 1, "better")) {
    if (tokenIs(doc, j + 2, "off") && cls[j + 3] & C.VIOLENT_PART)
      pushTokens(ctx, "hate", i, j + 4, 0.75, "wish that an identity group were dead");
    return;
  }
  if (!(cls[j] & C.MODAL) && !DESERVE(doc, j)) return;
  for (let k = j + 1; k < doc.count && k <= j + 5 && doc.sentence[k] === doc.sentence[i]; k++) {
    // "X should disappear" wishes it; "X will disappear" (if the economy fails) predicts.
    if (ILL(doc, k) || (VANISH(doc, k) && WISHING(doc, j))) {
      // "… will suffer from the cuts" pities; "… should suffer." wishes it.
      if (continues(ctx, k) && !WISH_TAILS(doc, k + 1)) return;
      pushTokens(ctx, "hate", i, k + 1, 0.7, "ill wish against an identity group");
      pushTokens(ctx, "threat", i, k + 1, 0.6, "ill wish against an identity group");
      return;
    }
    if (!(cls[k] & WISH_GAP) && !WISH_VERBS(doc, k)) return;
  }
}

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

/**
 * Set phrases of contempt around the identity group at g: "typical of a X to …", "sounds like
 * something a X would do", "of course it was a X who …", "another X causing trouble", "X are why we
 * can't have nice things", "X should stick to cooking", "I'd sooner hire a dog than a X", "keep
 * your X away from my children", "I wouldn't let a X babysit my dog".
 */
function contemptIdioms(ctx: TRuleContext, g: number): void {
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

/** The identity group right after token v, past up to two determiners ("until the X", "let these X"), or -1. */
export function determinedGroup(ctx: TRuleContext, v: number): number {
  const { doc, cls } = ctx;
  let g = v + 1;
  while (g < doc.count && g <= v + 2 && (cls[g] & (C.ARTICLE | C.QUANT) || DEMONSTRATIVE(doc, g)))
    g++;
  return g < doc.count && isIdentity(ctx, g) && doc.sentence[g] === doc.sentence[v] ? g : -1;
}

/** "The town was nice until X moved in": the decline blamed on the group's arrival. */
function arrivalDecline(ctx: TRuleContext, u: number): void {
  const { doc } = ctx;
  // "until X", "before the X", "since all these X": up to two determiners before the group.
  const g = determinedGroup(ctx, u);
  if (g < 0) return;
  const a = afterGroup(ctx, g);
  if (a >= doc.count || !ARRIVED(doc, a) || doc.sentence[a] !== doc.sentence[u]) return;
  // "… was quiet until …", "… used to be safe before …": a former state, then the arrival.
  let former = false;
  // "It went downhill once / after the X moved in": the decline named before the arrival.
  const once = tokenIs(doc, u, "once") || tokenIs(doc, u, "after");
  for (let k = u - 1; k >= sentenceStart(ctx, u) && k >= u - 8; k--)
    if (once ? WENT_DOWN(doc, k) : k <= u - 2 && PAST_COPULA(doc, k)) former = true;
  if (former)
    pushTokens(
      ctx,
      "hate",
      g,
      a + 1,
      0.65,
      "implicit derogation: a decline blamed on an identity group",
    );
}

const WENT_DOWN = createWordSet("downhill worse ruined collapsed");
const LET_ALLOW_WORDS = "let allow";
const LET_ALLOW = createWordSet(LET_ALLOW_WORDS);
const PUT_WORDS = "put let make elect if";
const PUT = createWordSet(PUT_WORDS);
const RUIN_OUTCOME = createWordSet(
  "apart collapse collapses crumble crumbles downhill sink sinks burn burns fail fails ruin ruined disaster chaos doomed finished screwed",
);
const POSSESSIVE_OR_ARTICLE = createWordSet("your our the a an my their");
const BOSS = createWordSet("boss manager leader president doctor teacher pilot captain mayor");

/** "Put X in charge and watch everything fall apart": a group's rule said to bring ruin. */
function inChargeRuin(ctx: TRuleContext, v: number): void {
  const { doc } = ctx;
  const g = determinedGroup(ctx, v);
  if (g < 0) return;
  let a = afterGroup(ctx, g);
  // "If a X is your boss / in charge, your company is doomed": the outcome needs no "watch".
  const conditional = tokenIs(doc, v, "if");
  if (conditional && ctx.cls[a] & C.COPULA) {
    a++;
    if (POSSESSIVE_OR_ARTICLE(doc, a) && BOSS(doc, a + 1)) a++;
  }
  const inCharge =
    (tokenIs(doc, a, "in") && (tokenIs(doc, a + 1, "charge") || tokenIs(doc, a + 1, "power"))) ||
    tokenIs(doc, a, "run") ||
    tokenIs(doc, a, "rule") ||
    (conditional && BOSS(doc, a));
  if (!inCharge) return;
  const end = sentenceEnd(ctx, v);
  let watch = conditional ? a : -1;
  for (let k = a + 1; k < end && k <= a + 8; k++) {
    if (watch < 0 && (tokenIs(doc, k, "watch") || tokenIs(doc, k, "see"))) watch = k;
    else if (watch >= 0 && RUIN_OUTCOME(doc, k)) {
      pushTokens(
        ctx,
        "hate",
        v,
        k + 1,
        0.6,
        "implicit derogation: ruin foretold under an identity group",
      );
      return;
    }
  }
}

/** Qualities a group is said to be incompatible with: "X and hygiene don't go together". */
const VIRTUES = createWordSet(
  "hygiene intelligence honesty logic science maths math reason democracy civilisation civilization work loyalty decency soap",
);

/** "X and hygiene don't mix", "X and honesty don't go together", "X and democracy are incompatible". */
function incompatible(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const a = afterGroup(ctx, g);
  if (!tokenIs(doc, a, "and") || !VIRTUES(doc, a + 1)) return;
  const k = a + 2;
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[g]) return;
  const mix =
    cls[k] & C.NEGATOR &&
    (tokenIs(doc, k + 1, "mix") || (tokenIs(doc, k + 1, "go") && tokenIs(doc, k + 2, "together")));
  const apart = cls[k] & C.COPULA && tokenIs(doc, k + 1, "incompatible");
  if (mix || apart)
    pushTokens(
      ctx,
      "hate",
      g,
      k + 2,
      0.6,
      "implicit derogation: a group said to lack a basic quality",
      true,
    );
}
const STAY = createWordSet("live stay come in into here settle enter vote breed");

/** "Why do we let X live here?", "why should we allow X in?": exclusion asked as a question. */
function letInQuestion(ctx: TRuleContext, v: number): void {
  const { doc } = ctx;
  const start = sentenceStart(ctx, v);
  let why = -1;
  for (let b = v - 1; b >= start && b >= v - 3; b--) if (tokenIs(doc, b, "why")) why = b;
  // "Who let all these X in?": asked of whoever let them.
  if (why < 0 && v === start + 1 && tokenIs(doc, start, "who")) why = start;
  if (why < 0) return;
  const g = determinedGroup(ctx, v);
  if (g < 0) return;
  const a = afterGroup(ctx, g);
  if (a < doc.count && doc.sentence[a] === doc.sentence[v] && STAY(doc, a))
    pushTokens(
      ctx,
      "hate",
      why,
      a + 1,
      0.65,
      "exclusion of an identity group, asked as a question",
    );
}

const EVERY_TIME_WORDS = "whenever wherever when";
const EVERY_TIME = createWordSet(EVERY_TIME_WORDS);
const ARRIVE = createWordSet(
  "show shows move moves arrive arrives come comes settle settles turn turns appear appears",
);
/** What falls or worsens where a group arrives: "property values drop", "the area goes downhill". */
const DECLINE = createWordSet(
  "drop drops plummet plummets crash crashes tank tanks sink sinks worse downhill disappear disappears vanish vanishes apart collapse collapses",
);
const CRIME = createWordSet("crime crimes rapes robberies stabbings");
const GET = createWordSet("get gets");
/** A place said to be done for before "when X move in": "a neighbourhood is finished when …". */
const FINISHED = createWordSet("finished ruined doomed");
const RISE = createWordSet(
  "rise rises soar soars skyrocket skyrockets spike spikes explode explodes",
);

/** Where a group is said to be: "having X around", "X next door", "X in our street". */
const NEARBY = createWordSet("around here nearby next door in on living");
/** What a group's presence is said to do to a place: "lowers the tone", "drags the area down". */
const LOWERS = createWordSet(
  "lowers lower ruins ruin cheapens cheapen devalues devalue spoils spoil degrades degrade wrecks wreck",
);
const DRAGS = createWordSet("drags drag brings bring");

/** "Having X around lowers the tone of the neighbourhood", "having X next door drags the street down". */
function presenceHarm(ctx: TRuleContext, h: number): void {
  const { doc } = ctx;
  const g = determinedGroup(ctx, h);
  if (g < 0) return;
  const end = sentenceEnd(ctx, h);
  let k = afterGroup(ctx, g);
  while (k < end && k <= g + 5 && (NEARBY(doc, k) || ctx.cls[k] & C.ARTICLE || OUR(doc, k))) k++;
  if (k >= end) return;
  const lowers = LOWERS(doc, k);
  const dragsDown =
    DRAGS(doc, k) &&
    (tokenIs(doc, k + 1, "down") || tokenIs(doc, k + 2, "down") || tokenIs(doc, k + 3, "down"));
  if (lowers || dragsDown)
    pushTokens(
      ctx,
      "hate",
      h,
      k + 1,
      0.65,
      "implicit derogation: a group's presence said to drag a place down",
    );
}

/** "Every time X show up, property values drop", "wherever X move in, crime soars": harm at each arrival. */
function arrivalHarm(ctx: TRuleContext, u: number): void {
  const { doc } = ctx;
  const g = determinedGroup(ctx, u);
  if (g < 0) return;
  const a = afterGroup(ctx, g);
  // "every time X get involved, things fall apart".
  const involved = GET(doc, a) && tokenIs(doc, a + 1, "involved");
  if (a >= doc.count || !(ARRIVE(doc, a) || involved) || doc.sentence[a] !== doc.sentence[u])
    return;
  // "show up to vote": a purpose, not a group settling somewhere.
  const after = tokenIs(doc, a + 1, "up") || tokenIs(doc, a + 1, "in") ? a + 2 : a + 1;
  if (tokenIs(doc, after, "to")) return;
  const end = sentenceEnd(ctx, u);
  if (tokenIs(doc, u, "when")) {
    // "You know a neighbourhood is finished when the X move in": the verdict before "when".
    for (let k = u - 1; k >= 0 && k >= u - 4 && doc.sentence[k] === doc.sentence[u]; k--)
      if (FINISHED(doc, k) && after >= end)
        return pushTokens(
          ctx,
          "hate",
          k,
          a + 2,
          0.65,
          "implicit derogation: a place done for when a group arrives",
        );
    return;
  }
  for (let k = a + 1; k < end && k <= a + 8; k++) {
    const harm = DECLINE(doc, k) || (RISE(doc, k) && k > 0 && CRIME(doc, k - 1));
    if (harm) {
      pushTokens(
        ctx,
        "hate",
        g,
        k + 1,
        0.65,
        "implicit derogation: harm blamed on a group's arrival",
      );
      return;
    }
  }
}

const SAME = createWordSet("same alike");
const RIGHT = createWordSet("right properly");

/**
 * Verdicts on a whole group right after it is named: "X are all the same" (the clause ends there:
 * not "the same as us"), "X can't do anything right".
 */
function groupVerdict(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const a = afterGroup(ctx, g);
  if (a + 2 >= doc.count || doc.sentence[a] !== doc.sentence[g]) return;
  if (cls[a] & C.COPULA && tokenIs(doc, a + 1, "all")) {
    const s = tokenIs(doc, a + 2, "the") ? a + 3 : a + 2;
    if (s < doc.count && SAME(doc, s) && doc.sentence[s] === doc.sentence[g] && !continues(ctx, s))
      pushTokens(
        ctx,
        "hate",
        g,
        s + 1,
        0.6,
        "implicit derogation: a group said to be all the same",
      );
    return;
  }
  // "can't do anything right", "cannot ever do anything right", "never do anything properly"
  let k = a;
  if (!(
    tokenIs(doc, k, "can't") ||
    tokenIs(doc, k, "cant") ||
    tokenIs(doc, k, "cannot") ||
    tokenIs(doc, k, "never") ||
    (tokenIs(doc, k, "can") && tokenIs(doc, k + 1, "never"))
  ))
    return;
  k += tokenIs(doc, k, "can") ? 2 : 1;
  if (tokenIs(doc, k, "ever")) k++;
  if (
    tokenIs(doc, k, "do") &&
    tokenIs(doc, k + 1, "anything") &&
    RIGHT(doc, k + 2) &&
    doc.sentence[k + 2] === doc.sentence[g]
  )
    pushTokens(
      ctx,
      "hate",
      g,
      k + 3,
      0.6,
      "implicit derogation: a group said to do nothing right",
      true,
    );
}

/** "Hire a X? Enjoy watching your business fail.": a question about a group, answered with ruin. */
function sarcasticWarning(ctx: TRuleContext, v: number): void {
  const { doc } = ctx;
  const end = sentenceEnd(ctx, v);
  if (end - v > 6 || end >= doc.count) return;
  let g = -1;
  for (let k = v + 1; k < end; k++) if (isIdentity(ctx, k)) g = k;
  if (g < 0 || !doc.norm.slice(doc.tokEnd[end - 1], doc.tokStart[end]).includes("?")) return;
  const next = sentenceEnd(ctx, end);
  for (let k = end; k < next && k < end + 10; k++) {
    if (OUTCOME(doc, k)) {
      pushTokens(
        ctx,
        "hate",
        v,
        k + 1,
        0.6,
        "implicit derogation: a sarcastic warning about an identity group",
      );
      return;
    }
  }
}

/** "I will make sure every one of those X suffers": the writer promises harm to a group. */
function promisedHarm(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let s = 0; s + 1 < doc.count; s++) {
    // "I will …", "we are going to …", "I'll …".
    const writerModal =
      cls[s] & C.SELF
        ? cls[s + 1] & C.MODAL || (s + 2 < doc.count && cls[s + 2] & C.MODAL)
        : cls[s] & C.MODAL && SELF_WILL(doc, s);
    if (!writerModal) continue;
    const end = sentenceEnd(ctx, s);
    let g = -1;
    for (let k = s + 2; k < end; k++) {
      if (g < 0 && isIdentity(ctx, k)) g = k;
      else if (g >= 0 && k === afterGroup(ctx, g) && SURVIVE(doc, k) && NONE(doc, g - 1)) {
        // "I'll make sure no X survives (this winter)": none of the group left alive.
        pushTokens(ctx, "threat", s, k + 1, 0.8, "promised harm to an identity group", true);
        pushTokens(ctx, "hate", s, k + 1, 0.6, "promised harm to an identity group", true);
        return;
      } else if (
        g >= 0 &&
        k <= g + 6 &&
        (ILL(doc, k) || VANISH(doc, k)) &&
        (!continues(ctx, k) || WISH_TAILS(doc, k + 1))
      ) {
        pushTokens(ctx, "threat", s, k + 1, 0.8, "promised harm to an identity group");
        pushTokens(ctx, "hate", s, k + 1, 0.6, "promised harm to an identity group");
        return;
      }
    }
  }
}

/** What a group is said to do to a place or to everything: "X ruin everything", "they are destroying our town". */
const RUIN_WORDS =
  "want wants wanted ruin ruins ruining destroy destroys destroying wreck wrecks wrecking spoil spoils spoiling poison poisons poisoning infect infects infecting pollute pollutes polluting";
const RUIN = createWordSet(RUIN_WORDS);
/** A group called a cost to others: "X are a drain on society", "a waste of space". */
const BURDEN_WORDS = "drain burden waste blight stain liability leech";
const BURDEN = createWordSet(BURDEN_WORDS);
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
const BELONG_WORDS = "belong belongs";
const BELONG = createWordSet(BELONG_WORDS);
/** "There is nothing good about X": nothing of value in the group. */
/** Good qualities a group may be said to lack ("nothing good / admirable about X"). */
export const GOOD = createWordSet(
  "good positive redeeming decent worthwhile valuable nice admirable likeable likable respectable lovable loveable honourable honorable",
);
// Every word that can start one of the frames below, built from their own lists.
const HARM_TRIGGERS = createWordSet(
  `${RUIN_WORDS} ${BURDEN_WORDS} ${BELONG_WORDS} nothing good know without go stink stinks reek reeks exist spread spreads spreading make makes lower worse viler dirtier filthier allowed gone kept keep fewer thing allowing letting incapable unable intelligence iq demand demands expect expects`,
);
const SUBJECT_GAP = C.FILLER | C.QUANT | C.MODAL | C.PEOPLE;
const SUBJECT_GAP_WORDS = createWordSet("to are is only really always just kind can best be");
const RUINED = createWordSet(
  "everything everyone our this society country countries neighbourhood neighborhood neighbourhoods neighborhoods town towns city cities culture communities nation schools",
);

/** The group a subject at i stands for: an identity, or "they" right after one was named. */
function groupSubject(ctx: TRuleContext, i: number): boolean {
  if (isIdentity(ctx, i)) return true;
  if (!(ctx.cls[i] & C.THEY) || lastMention(ctx, i) !== "identity") return false;
  // Only a group named within the last dozen words: news talk names nations in passing.
  for (let k = i - 1; k >= 0 && k >= i - 12; k--) if (isIdentity(ctx, k)) return true;
  return false;
}

/**
 * Claims that cast a group as a harm or a cost without a slur: "X ruin everything they touch",
 * "they are destroying our town", "X are a drain on society", "X contribute nothing", "they bring
 * nothing but disease", "X are only good for cleaning", "X belong in a zoo", "X should know their
 * place", "the world would be a better place without X".
 */
export function groupAsHarm(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  if (HARM_TRIGGERS.next(doc, 0) < 0) return;
  // One scan finds the frames' first words and the group subjects (identities, "they").
  for (let i = HARM_ANCHORS.next(doc, 0, cls, SUBJECTS); i >= 0;) {
    harmAnchoredAt(ctx, i);
    i = HARM_ANCHORS.next(doc, i + 1, cls, SUBJECTS);
  }
}

/** The frames of groupAsHarm that can start at token i. */
function harmAnchoredAt(ctx: TRuleContext, i: number): void {
  const { doc, cls } = ctx;

  if (tokenIs(doc, i, "without") && i + 1 < doc.count) {
    betterWithout(ctx, i);
    return;
  }
  // "I want them gone", "I'd like to see all X gone".
  if (WANT(doc, i) || (tokenIs(doc, i, "like") && i > 0 && WOULD(doc, i - 1))) {
    wantedGone(ctx, i);
    return;
  }
  if (!groupSubject(ctx, i)) return;
  // "There is nothing good about X".
  if (i >= 3 && tokenIs(doc, i - 1, "about") && GOOD(doc, i - 2) && tokenIs(doc, i - 3, "nothing"))
    pushTokens(
      ctx,
      "hate",
      i - 3,
      i + 1,
      0.65,
      "negated positive: nothing good in an identity group",
      true,
    );
  const end = sentenceEnd(ctx, i);
  const framed = groupFramedAround(ctx, i, end);
  if (framed) {
    pushTokens(ctx, "hate", framed.from, framed.to, 0.65, framed.reason);
    return;
  }
  for (let k = i + 1; k < end && k <= i + 6; k++) {
    // "X are nothing but a drain": "nothing but" stresses the claim, it does not deny it.
    if (tokenIs(doc, k, "nothing") && tokenIs(doc, k + 1, "but")) {
      k++;
      continue;
    }
    // "X should not exist", "they have no right to exist": the group's existence denied.
    const exist = existenceDenied(ctx, k);
    // "… should not exist in camps like these" speaks of conditions, not of the group.
    if (exist > 0 && (!continues(ctx, exist - 1) || EXIST_TAILS(doc, exist))) {
      pushTokens(ctx, "hate", i, exist, 0.75, "an identity group's existence denied", true);
      break;
    }
    // "X should never have been allowed to vote", "it's a shame X were ever allowed in".
    const denied = rightsRegretted(ctx, i, k);
    if (denied > 0) {
      pushTokens(ctx, "hate", i, denied, 0.7, "an identity group's rights regretted", true);
      break;
    }
    if (cls[k] & C.NEGATOR || tokenIs(doc, k, "but")) break;
    const claim = harmAt(ctx, k, end);
    if (claim) {
      pushTokens(ctx, "hate", i, claim.to, claim.weight, claim.reason);
      break;
    }
    if (!(cls[k] & (SUBJECT_GAP | C.COPULA | C.ARTICLE)) && !SUBJECT_GAP_WORDS(doc, k)) break;
  }
}

const ALLOWED = createWordSet("allowed permitted let given");
const GRANTED = createWordSet("right rights vote votes citizenship passports");

/**
 * "We should never have given X the right to vote", "we should never have let X in": a grant to
 * the group (its object) regretted; not "… never have let X drown" (harm regretted).
 */
function grantRegretted(ctx: TRuleContext, g: number): void {
  const { doc, cls } = ctx;
  const b = cls[g - 1] & C.ARTICLE ? g - 2 : g - 1;
  if (b < 3 || !ALLOWED(doc, b) || !tokenIs(doc, b - 1, "have") || !tokenIs(doc, b - 2, "never"))
    return;
  if (!(cls[b - 3] & C.MODAL)) return;
  const e = afterGroup(ctx, g);
  const granted =
    GRANTED(doc, cls[e] & C.ARTICLE ? e + 1 : e) ||
    ((tokenIs(doc, e, "in") || tokenIs(doc, e, "into")) && !continues(ctx, e)) ||
    (tokenIs(doc, e, "to") && GRANTED(doc, e + 1));
  if (granted)
    pushTokens(ctx, "hate", b - 2, e + 1, 0.7, "an identity group's rights regretted", true);
}
const REGRET = createWordSet("shame mistake pity disgrace tragedy why");

/**
 * If token k starts "never have been allowed" after a modal ("X should never have been allowed
 * to vote"), or "ever allowed" with a regret or "why" before the group g ("a shame X were ever
 * allowed to …", "why were X ever let in?"), the index after "allowed"; else -1. "X were never
 * allowed to vote" (a report of a wrong) and "were X ever allowed to vote?" (history) stay out.
 */
function rightsRegretted(ctx: TRuleContext, g: number, k: number): number {
  const { doc, cls } = ctx;
  if (
    tokenIs(doc, k, "never") &&
    k > 0 &&
    cls[k - 1] & C.MODAL &&
    tokenIs(doc, k + 1, "have") &&
    tokenIs(doc, k + 2, "been") &&
    ALLOWED(doc, k + 3)
  )
    return k + 4;
  if (!tokenIs(doc, k, "ever") || !ALLOWED(doc, k + 1)) return -1;
  for (let b = g - 1; b >= sentenceStart(ctx, g) && b >= g - 5; b--)
    if (REGRET(doc, b)) return k + 2;
  return -1;
}

const ONLY_THING = createWordSet("thing things");
const GOOD_AT = createWordSet("at for");
const FEWER = createWordSet("fewer less");
const COUNTED = createWordSet("there are is around here we have in our this country town");
const ALLOWING = createWordSet("allowing letting");
const MISTAKE = createWordSet("mistake error disaster blunder trouble");

/**
 * Frames around a group subject at i (the sentence ends at `end`): "the only thing X are good at is
 * …", "the fewer X (there are), the better", "allowing X to vote was a mistake".
 */
function groupFramedAround(
  ctx: TRuleContext,
  i: number,
  end: number,
): { from: number; to: number; reason: string } | null {
  const { doc, cls } = ctx;
  const g = afterGroup(ctx, i);
  if (i >= 2 && ONLY_THING(doc, i - 1) && tokenIs(doc, i - 2, "only")) {
    const good = cls[g] & C.COPULA ? g + 1 : g;
    if (tokenIs(doc, good, "good") && GOOD_AT(doc, good + 1))
      return {
        from: i - 2,
        to: good + 2,
        reason: "implicit derogation: an identity group good for one thing only",
      };
  }
  if (i >= 1 && FEWER(doc, i - 1) && tokenIs(doc, i - 2, "the")) {
    // Counted ("the fewer X (there are / around here), the better"), not "the fewer X die …".
    let k = g;
    while (k < end && k <= g + 3 && COUNTED(doc, k)) k++;
    if (tokenIs(doc, k, "the") && tokenIs(doc, k + 1, "better"))
      return {
        from: i - 2,
        to: k + 2,
        reason: "implicit derogation: the fewer of an identity group the better",
      };
  }
  if (i >= 1 && ALLOWING(doc, i - 1)) {
    for (let k = g; k + 1 < end && k <= g + 5; k++)
      if (cls[k] & C.COPULA) {
        // "… was a mistake", "… is asking for disaster", "… is a recipe for disaster".
        let m = cls[k + 1] & C.ARTICLE ? k + 2 : k + 1;
        if ((tokenIs(doc, m, "asking") || tokenIs(doc, m, "recipe")) && tokenIs(doc, m + 1, "for"))
          m += 2;
        if (MISTAKE(doc, m))
          return { from: i - 1, to: m + 1, reason: "an identity group's rights regretted" };
      }
  }
  return null;
}

/** If a denial of existence starts at k ("not exist", "shouldn't exist", "no right to exist"), the index after it. */
function existenceDenied(ctx: TRuleContext, k: number): number {
  const { doc, cls } = ctx;
  if (!(cls[k] & C.NEGATOR)) return -1;
  // "should not exist", "shouldn't exist": a modal or the contracted one says it ought not.
  const ought = (k > 0 && cls[k - 1] & C.MODAL) || SHOULD_NOT(doc, k);
  if (ought && tokenIs(doc, k + 1, "exist")) return k + 2;
  if (
    tokenIs(doc, k, "no") &&
    tokenIs(doc, k + 1, "right") &&
    tokenIs(doc, k + 2, "to") &&
    tokenIs(doc, k + 3, "exist")
  )
    return k + 4;
  return -1;
}
const SHOULD_NOT = createWordSet("shouldn't shouldnt mustn't mustnt");
const EXIST_TAILS = createWordSet("at anymore here period");
/** What a group is said to spread: "X spread disease", "they spread crime everywhere". */
const SPREAD = createWordSet("spread spreads spreading");
const CONTAGION = createWordSet("disease diseases crime filth aids germs sickness plague");
const WORLD = createWordSet(
  "everything world country society things town city neighbourhood neighborhood",
);
const LOWER = createWordSet("lower worse viler dirtier filthier");
const FINE = createWordSet("good great perfect excellent fine better");
const OPEN = createWordSet("open opens");
const MOUTHS = createWordSet("mouth mouths");
const SPEWED = createWordSet("garbage trash lies filth crap rubbish nonsense shit bullshit");
const DEMAND = createWordSet("demand demands expect expects");
const HANDOUTS = createWordSet("handouts handout privileges freebies");
const FATES = createWordSet("death chambers chamber prison hanging hell jail");
const DECENCY = createWordSet(
  "telling truth love loving thinking thought learning honesty empathy kindness compassion reason reasoning working work tell think learn",
);
const DULL_THINGS = createWordSet(
  "rock rocks potato potatoes brick bricks plant goldfish monkey dog chimp",
);
const LEASH = createWordSet("leash leashes cage cages chains kennel kennels zoo");
const SERVILE = createWordSet("slaves slave servants servant pets pet property");
const DIRT = createWordSet("dirt trash garbage rubbish filth scum");

function harmAt(
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
  if (tokenIs(doc, k, "good") && tokenIs(doc, k - 1, "only") && tokenIs(doc, k + 1, "for"))
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

const WANT_WORDS = "want wants wanted";
const WANT = createWordSet(WANT_WORDS);
/** Where groupAsHarm looks: its frames' first words (and, by class, group subjects). */
const HARM_ANCHORS = createWordSet(`without like ${WANT_WORDS}`);
const SUBJECTS = C.IDENT | C.PROXY | C.THEY;
const TARGET = C.IDENT | C.PROXY;
const THAN = createWordSet("than");
const WOULD = createWordSet("i'd we'd would");
const WISHERS = createWordSet("people racists extremists bigots nazis some many who");
const SEE = createWordSet("see watch");
const OUR = createWordSet("our this my here");
const GONE = createWordSet("gone dead out removed deported eliminated exterminated erased");

/** A modal, "can" included ("X can go to hell"), at k. */
function toldBy(ctx: TRuleContext, k: number): boolean {
  return k >= 0 && ((ctx.cls[k] & C.MODAL) !== 0 || tokenIs(ctx.doc, k, "can"));
}

/** "I want them gone", "we want all X out", "I'd like to see all X gone": wishing a group away. */
function wantedGone(ctx: TRuleContext, w: number): void {
  const { doc, cls } = ctx;
  // "Some people want X dead, and that terrifies me": someone else's wish, reported.
  if (w > 0 && (cls[w - 1] & C.THEY || WISHERS(doc, w - 1))) return;
  // "want to see X gone", "would like to watch X gone".
  let g = tokenIs(doc, w + 1, "to") && SEE(doc, w + 2) ? w + 3 : w + 1;
  const from = g;
  while (g < doc.count && g <= from + 2 && cls[g] & (C.ARTICLE | C.QUANT) && !groupSubject(ctx, g))
    g++;
  if (g >= doc.count || !groupSubject(ctx, g) || doc.sentence[g] !== doc.sentence[w]) return;
  let e = g + 1;
  while (e < doc.count && e <= g + 2 && cls[e] & C.PEOPLE) e++;
  if (unwantedNear(ctx, w, e)) {
    pushTokens(ctx, "hate", w - 1, e + 1, 0.65, "exclusion: nobody wants an identity group near");
    return;
  }
  if (!GONE(doc, e) || doc.sentence[e] !== doc.sentence[w]) return;
  // "out" alone or "out of our country", not "out of danger".
  const f = e + 1;
  if (
    tokenIs(doc, e, "out") &&
    f < doc.count &&
    doc.sentence[f] === doc.sentence[e] &&
    !(tokenIs(doc, f, "of") && OUR(doc, f + 1))
  )
    return;
  pushTokens(ctx, "hate", w, e + 1, 0.7, "wish that an identity group were gone");
}

const NOBODY_WANTS = createWordSet("nobody noone");
const CLOSE = createWordSet("around near nearby");
const HOME = createWordSet(
  "family families neighbourhood neighborhood street streets town country school schools house home homes building",
);
const AS_KIN = createWordSet("neighbours neighbors friends colleagues family in-laws");

/**
 * "Nobody wants X in their family / around / as neighbours": at w "wants" after "nobody", the
 * group, and at e the place or role it is kept from. ("Nobody wants X to suffer" stays out.)
 */
function unwantedNear(ctx: TRuleContext, w: number, e: number): boolean {
  const { doc } = ctx;
  if (w < 1 || !NOBODY_WANTS(doc, w - 1) || doc.sentence[e] !== doc.sentence[w]) return false;
  if (CLOSE(doc, e)) return true;
  if (tokenIs(doc, e, "as")) return AS_KIN(doc, e + 1);
  if (!tokenIs(doc, e, "in")) return false;
  const p =
    ctx.cls[e + 1] & C.ARTICLE || OUR(doc, e + 1) || tokenIs(doc, e + 1, "their") ? e + 2 : e + 1;
  return HOME(doc, p);
}

/** "The world would be a better place without X", "we'd be better off without them". */
function betterWithout(ctx: TRuleContext, w: number): void {
  const { doc, cls } = ctx;
  let g = w + 1;
  while (g < doc.count && g <= w + 2 && cls[g] & (C.ARTICLE | C.QUANT)) g++;
  if (g >= doc.count || !groupSubject(ctx, g) || doc.sentence[g] !== doc.sentence[w]) return;
  const start = sentenceStart(ctx, w);
  for (let b = w - 1; b >= start && b >= w - 4; b--) {
    if (tokenIs(doc, b, "better") || tokenIs(doc, b, "safer") || tokenIs(doc, b, "happier")) {
      pushTokens(ctx, "hate", b, g + 1, 0.7, "wish for a world without an identity group");
      return;
    }
  }
}
