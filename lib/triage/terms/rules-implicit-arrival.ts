// Harm blamed on a group's arrival, presence or rule: "was fine until X moved in", "put X in charge
// and watch it fall apart", "why do we let X live here?", "Hire a X? Enjoy going bankrupt."

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { pushTokens, sentenceEnd, sentenceStart, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";
import { afterGroup, determinedGroup } from "./rules-implicit";
import { OUR } from "./rules-implicit-harm";

const ARRIVED = createWordSet(
  "moved came arrived showed turned started settled flooded poured got took began",
);
const PAST_COPULA = createWordSet("was were used");

const OUTCOME = createWordSet(
  "fail fails failing failed ruin ruined ruins regret regrets bankrupt bankruptcy broke robbed lose losing lost disaster goodbye luck stabbed raped bombed collapse collapses burned burns cheated scammed",
);

/** "The town was nice until X moved in": the decline blamed on the group's arrival. */
export function arrivalDecline(ctx: TRuleContext, u: number): void {
  const { doc } = ctx;
  // "until X", "before the X", "since all these X": up to two determiners before the group.
  const g = determinedGroup(ctx, u);
  if (g < 0) return;
  const a = afterGroup(ctx, g);
  if (a >= doc.count || !ARRIVED(doc, a) || doc.sentence[a] !== doc.sentence[u]) return;
  // "… was quiet until …", "… used to be safe before …": a former state, then the arrival.
  let former = false;
  // "It went downhill once / after the X moved in": the decline named before the arrival.
  // "Crime soared when the X arrived": a harm that rose, named before the arrival.
  const once = tokenIs(doc, u, "once") || tokenIs(doc, u, "after") || tokenIs(doc, u, "when");
  const start = sentenceStart(ctx, u);
  for (let k = u - 1; k >= start && k >= u - 8; k--)
    if (once ? WENT_DOWN(doc, k) || harmRose(ctx, k, start) : k <= u - 2 && PAST_COPULA(doc, k))
      former = true;
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
const ROSE = createWordSet("rose soared skyrocketed spiked exploded doubled tripled increased");
const HARMS_RISING = createWordSet(
  "crime crimes violence rapes stabbings robberies burglaries muggings theft thefts murders shootings assaults break-ins",
);

/** A harm that rose at k ("crime soared", "rapes went up"), the harm named before it in the sentence. */
function harmRose(ctx: TRuleContext, k: number, start: number): boolean {
  const { doc } = ctx;
  const rose = ROSE(doc, k) || (tokenIs(doc, k, "up") && k > 0 && tokenIs(doc, k - 1, "went"));
  if (!rose) return false;
  for (let h = k - 1; h >= start && h >= k - 4; h--) if (HARMS_RISING(doc, h)) return true;
  return false;
}

const RUIN_OUTCOME = createWordSet(
  "apart collapse collapses crumble crumbles downhill sink sinks burn burns fail fails ruin ruined disaster chaos doomed finished screwed",
);
const POSSESSIVE_OR_ARTICLE = createWordSet("your our the a an my their");
const BOSS = createWordSet("boss manager leader president doctor teacher pilot captain mayor");

/** "Put X in charge and watch everything fall apart": a group's rule said to bring ruin. */
export function inChargeRuin(ctx: TRuleContext, v: number): void {
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

const STAY = createWordSet("live stay come in into here settle enter vote breed");

/** "Why do we let X live here?", "why should we allow X in?": exclusion asked as a question. */
export function letInQuestion(ctx: TRuleContext, v: number): void {
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
export function presenceHarm(ctx: TRuleContext, h: number): void {
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
export function arrivalHarm(ctx: TRuleContext, u: number): void {
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

/** "Hire a X? Enjoy watching your business fail.": a question about a group, answered with ruin. */
export function sarcasticWarning(ctx: TRuleContext, v: number): void {
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
