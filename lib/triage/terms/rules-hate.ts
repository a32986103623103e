// Identity hate that word lists miss: dehumanising comparisons and "X are <trait>" (the other
// generalisation frames are in rules-generalisation.ts), coded blends, declared hatred, and the
// group helpers the rule files share. The same insult aimed at an armed group is low harassment.

import { tokenIs, type TDoc } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { BLEND } from "./classify";
import { C } from "./lexicon";
import { HOLDERS, isReportAt } from "./counter-frames";
import { continues, pushTokens, sentenceStart, type TRuleContext } from "./match";

const TARGET = C.IDENT | C.PROXY;
export const PREDICATE = C.TRAIT | C.INSULT | C.DEHUMAN;

export function isIdentity(ctx: TRuleContext, i: number): boolean {
  return (ctx.cls[i] & TARGET) !== 0 && (ctx.cls[i] & C.GROUP) === 0;
}

/** Proxies ("zionists", "globalists") stand for an identity often, not always: they count less. */
export function targetWeight(ctx: TRuleContext, i: number): number {
  return ctx.cls[i] & C.IDENT ? 1 : 0.8;
}

/** Skips "people"/"community" after an identity word: "Jewish people are …" */
export function afterGroupNoun(ctx: TRuleContext, i: number): number {
  let j = i + 1;
  while (
    j < ctx.doc.count &&
    j <= i + 2 &&
    ctx.cls[j] & (C.PEOPLE | C.IDENT) &&
    ctx.doc.sentence[j] === ctx.doc.sentence[i]
  )
    j++;
  // "the X (that) I know are …", "the X we have met were …": whom the writer knows, then the predicate.
  let k = RELATIVE(ctx.doc, j) ? j + 1 : j;
  if (WRITER(ctx.doc, k)) {
    k++;
    if (HAVE(ctx.doc, k)) k++;
    if (
      KNOW(ctx.doc, k) &&
      ctx.cls[k + 1] & C.COPULA &&
      ctx.doc.sentence[k + 1] === ctx.doc.sentence[i]
    )
      return k + 1;
  }
  return j;
}
const WRITER = createWordSet("i we");
const HAVE = createWordSet("have");
const KNOW = createWordSet("know knew met meet");

/**
 * After a copula, skips filler and negators ("are just filthy", "are nothing but") up to `limit`
 * words, returning the first predicate word's index or -1. "not human" is itself a predicate.
 */
export function predicateAfter(ctx: TRuleContext, j: number, limit: number, mask: number): number {
  const { doc, cls } = ctx;
  const sentence = doc.sentence[j - 1];
  // A claim does not run across a quotation mark: '"Kill every X" is a threat' calls no X a threat.
  const quoted = doc.quoted;
  if (j >= 2 && quoted[j - 1] !== quoted[j - 2]) return -1;
  for (let k = j; k < doc.count && k < j + limit && doc.sentence[k] === sentence; k++) {
    if (quoted[k] !== quoted[k - 1]) return -1;
    if (cls[k] & mask) return k;
    if (isNotHuman(ctx, k)) return k;
    // "are not real people", "aren't even human".
    if (REAL(doc, k) && k + 1 < doc.count && isNotHuman(ctx, k + 1)) return k + 1;
    // "are as vile as ever", "act like animals"
    if (isLike(ctx, k)) continue;
    // "are still less than human", "are even worse".
    if (STILL(doc, k)) continue;
    // "are less intelligent than everyone else": a quality denied by comparison.
    if (tokenIs(doc, k, "less") && k + 1 < doc.count && QUALITIES(doc, k + 1)) return k + 1;
    // "are naturally dishonest", "are inherently violent".
    if (NATURE(doc, k)) continue;
    // "is a death cult", "are a crime problem": a noun compound whose head is the predicate.
    if (COMPOUND(doc, k) && k + 1 < doc.count && cls[k + 1] & mask) return k + 1;
    if (!(cls[k] & (C.FILLER | C.QUANT | C.ARTICLE | C.NEGATOR | C.COPULA))) return -1;
  }
  return -1;
}

const STILL = createWordSet("still even forever barely scarcely");
const QUALITIES = createWordSet(
  "intelligent smart capable civilised civilized evolved developed worthy deserving honest trustworthy moral rational",
);
const HUMAN_WORDS = createWordSet("human humans people person persons");
/** Adverbs that make a trait a group's nature: "X are naturally dishonest". */
const NATURE = createWordSet(
  "naturally inherently genetically basically fundamentally innately biologically morally intrinsically",
);

const REAL = createWordSet("real true actual proper fully even");
/** Nouns that head a compound with a trait or dehumanising noun: "death cult", "crime problem". */
const COMPOUND = createWordSet("death terror hate crime rape drug gang welfare breeding");

function isNotHuman(ctx: TRuleContext, k: number): boolean {
  if (k === 0 || !HUMAN_WORDS(ctx.doc, k)) return false;
  if (ctx.cls[k - 1] & C.NEGATOR) return true;
  if (k >= 2 && REAL(ctx.doc, k - 1) && ctx.cls[k - 2] & C.NEGATOR) return true;
  // "less than human", "subhuman", "barely human".
  return (
    tokenIs(ctx.doc, k - 1, "than") || tokenIs(ctx.doc, k - 1, "sub") || BARELY(ctx.doc, k - 1)
  );
}

const BARELY = createWordSet("barely scarcely");

export function dehumanisationAndGeneralisation(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i < doc.count; i++) {
    const armed = (cls[i] & (C.GROUP | C.COMBATANT)) !== 0 && !(cls[i] & C.IDENT);
    if (!isIdentity(ctx, i) && !armed) continue;
    const j = afterGroupNoun(ctx, i);
    if (j >= doc.count || doc.sentence[j] !== doc.sentence[i]) continue;
    if (armed) {
      // "ISIS rats", "terrorists are vermin": an insult for combatants, not an identity attack.
      const k =
        cls[j] & C.DEHUMAN ? j : cls[j] & C.COPULA ? predicateAfter(ctx, j + 1, 4, C.DEHUMAN) : -1;
      if (k > 0)
        pushTokens(
          ctx,
          "harassment",
          i,
          k + 1,
          0.15,
          "insult aimed at an armed group, not at an identity",
        );
      continue;
    }
    const w = targetWeight(ctx, i);
    let invaded = -1;
    // "Men who beat women are animals": the group is the object of a relative clause, and what
    // follows describes the clause's head.
    if (objectOfRelative(ctx, i)) continue;
    if (cls[j] & C.DEHUMAN) {
      pushTokens(
        ctx,
        "hate",
        i,
        j + 1,
        0.85 * w,
        "dehumanising: an identity group called vermin or animals",
      );
    } else if (
      cls[j] & C.INVASION ||
      (j + 1 < doc.count && cls[j + 1] & C.INVASION && cls[j] & C.FILLER) ||
      // "X are invading", "X are breeding to replace us", "X will outbreed us".
      (ctx.all & C.INVASION &&
        (cls[j] & C.COPULA || WILL(doc, j)) &&
        (invaded = invasionAfter(ctx, j + 1)) > 0)
    ) {
      const k = invaded > 0 ? invaded : j;
      pushTokens(ctx, "hate", i, k + 1, 0.7 * w, "invasion rhetoric about an identity group");
    } else if (
      j === i + 1 &&
      cls[j] & C.INSULT &&
      !(cls[j] & C.IDENT) &&
      !AGENT(doc, j) &&
      // "immigrant bitch", "gay idiots", "trans freaks": an adjective or a singular before the
      // insult; after a plural ("Muslims trash the place") the word is a verb.
      !pluralNoun(doc, i)
    ) {
      // "you stupid immigrant bitch", "gay idiots": the identity made part of the insult.
      pushTokens(ctx, "hate", i, j + 1, 0.6 * w, "an identity made part of an insult");
    } else if (cls[j] & C.LACKEY) {
      pushTokens(
        ctx,
        "hate",
        i,
        j + 1,
        0.6 * w,
        "conspiracy framing: others as servants of an identity group",
      );
    } else if (
      cls[j] & C.COPULA ||
      futureBe(ctx, j) > 0 ||
      // "X = trash": an equals sign between the group and its predicate.
      (cls[j] & PREDICATE && doc.norm.slice(doc.tokEnd[j - 1], doc.tokStart[j]).includes("=")) ||
      (isLike(ctx, j) && !treatedAs(ctx, i)) ||
      NEGATED_COPULA(doc, j) ||
      (ACT(doc, j) && isLike(ctx, j + 1))
    ) {
      // A copula glued to its predicate ("aredisgusting") carries both classes (classify.ts).
      const be = futureBe(ctx, j);
      const k = cls[j] & PREDICATE ? j : predicateAfter(ctx, (be > 0 ? be : j) + 1, 5, PREDICATE);
      if (k < 0) continue;
      const dehuman = (cls[k] & C.DEHUMAN) !== 0 || isNotHuman(ctx, k);
      pushTokens(
        ctx,
        "hate",
        i,
        k + 1,
        (dehuman ? 0.9 : 0.72) * w,
        dehuman
          ? "dehumanising: an identity group called vermin, animals or less than human"
          : "generalisation: a negative trait given to a whole identity group",
        isNotHuman(ctx, k),
      );
    } else {
      vice(ctx, i, j, w);
    }
  }
}

/** An invasion word as the predicate after a copula or "will" ("are invading", "will outbreed"), or -1. */
function invasionAfter(ctx: TRuleContext, j: number): number {
  const k = predicateAfter(ctx, j, 3, C.INVASION);
  return k >= 0 && ctx.cls[k] & C.INVASION ? k : -1;
}

const NOT_PLURAL = createWordSet("trans");
function pluralNoun(doc: TDoc, i: number): boolean {
  return doc.norm.charCodeAt(doc.tokBaseEnd[i] - 1) === 115 && !NOT_PLURAL(doc, i);
}

/** "a Russian troll", "Chinese shills": a paid agent accused, not the identity insulted. */
const AGENT = createWordSet("troll trolls shill shills bot bots");

const RELATIVE = createWordSet("who that");
const WILL = createWordSet("will 'll");
const ALWAYS = createWordSet("always forever");

/** "X will (always) be …": the group's predicate in the future, its "be" (or -1). */
function futureBe(ctx: TRuleContext, j: number): number {
  const { doc } = ctx;
  if (!WILL(doc, j)) return -1;
  const b = ALWAYS(doc, j + 1) ? j + 2 : j + 1;
  return tokenIs(doc, b, "be") && doc.sentence[b] === doc.sentence[j] ? b : -1;
}
/** Verbs that take a clause: "those who think X are …" states a view of X. */
const THINK = createWordSet(
  "think thinks thought believe believes believed know knows knew feel feels felt reckon agree agrees realise realises realize realizes understand understands",
);

/** Is identity i the object in "… who hate X", "those that attack the X" (not "who say X …")? */
function objectOfRelative(ctx: TRuleContext, i: number): boolean {
  const { doc, cls } = ctx;
  let v = i - 1;
  while (v >= 0 && cls[v] & (C.ARTICLE | C.QUANT | C.THEY)) v--;
  if (v < 1 || !RELATIVE(doc, v - 1) || doc.sentence[v - 1] !== doc.sentence[i]) return false;
  // A verb of saying or thinking introduces the clause's claim about the group: keep it.
  return (
    !(cls[v] & (C.REPORT | C.COPULA | C.MODAL | C.NEGATOR)) && !isReportAt(ctx, v) && !THINK(doc, v)
  );
}

/** What a whole group is said to do by habit: "X lie", "X always steal", "X cheat". */
const VICE = createWordSet("lie lies steal steals cheat cheats rob robs scam scams");
const HABIT = createWordSet("always all just only constantly");
/** "lie" is a vice only as a verb of speech: not "refugees lie in tents", "lie down", "lie dead". */
const LIE_TAILS = createWordSet("about to and all constantly always through every");
/** How someone lies (down) after a comma: "refugees lie, exhausted, on the floor". */
const LYING_STATE = createWordSet(
  "exhausted injured wounded dead dying huddled sleeping asleep awake motionless silent still cold hungry",
);

/** "Women lie about everything", "immigrants always steal": a vice given to a whole identity group. */
function vice(ctx: TRuleContext, i: number, j: number, weight: number): void {
  const { doc } = ctx;
  let k = j;
  while (k < doc.count && k <= j + 2 && HABIT(doc, k)) k++;
  if (k >= doc.count || doc.sentence[k] !== doc.sentence[i] || !VICE(doc, k)) return;
  const next = k + 1;
  // The clause ends there: "X lie.", "X lie, it's in their DNA".
  const ends = !continues(ctx, k) && !LYING_STATE(doc, next);
  if ((tokenIs(doc, k, "lie") || tokenIs(doc, k, "lies")) && !ends && !LIE_TAILS(doc, next)) return;
  pushTokens(
    ctx,
    "hate",
    i,
    k + 1,
    0.7 * weight,
    "generalisation: a whole identity group said to lie, steal or cheat",
  );
}

/** "They treat refugees like animals": how others treat the group, not what it is called. */
const TREAT = createWordSet("treat treats treated treating herd herds herded herding cage caged");

function treatedAs(ctx: TRuleContext, i: number): boolean {
  const { doc, cls } = ctx;
  let b = i - 1;
  while (b >= 0 && cls[b] & (C.ARTICLE | C.QUANT | C.THEY)) b--;
  if (b < 0 || !TREAT(doc, b)) return false;
  // "Treat them like animals", "we should treat X like animals" call for it: that stays hate.
  const start = sentenceStart(ctx, b);
  if (b === start) return false;
  for (let k = b - 1; k >= start && k >= b - 3; k--) if (cls[k] & C.MODAL) return false;
  return true;
}

const LIKE = createWordSet("like as");
/** "aren't", "isn't": a copula and its negator in one word (the negator then works as in "are not"). */
const NEGATED_COPULA = createWordSet("aren't arent isn't isnt wasn't wasnt weren't werent");
export const ACT = createWordSet(
  "act acts behave behaves breed breeds multiply multiplies reproduce reproduces eat eats smell smells",
);
export const isLike = (ctx: TRuleContext, j: number) => LIKE(ctx.doc, j);

/** Which kind of group the comment named most recently before token i (within ~40 words). */
export function lastMention(ctx: TRuleContext, i: number): "identity" | "armed" | null {
  for (let k = i - 1; k >= 0 && k >= i - 40; k--) {
    if (isIdentity(ctx, k)) return "identity";
    if (ctx.cls[k] & (C.GROUP | C.COMBATANT)) return "armed";
  }
  return null;
}

/** Coded blends found by composition in classify.ts. */
export function codedBlends(ctx: TRuleContext): void {
  for (let i = 0; i < ctx.doc.count; i++) {
    const kind = ctx.blend[i];
    if (kind === BLEND.IDENTITY_INSULT)
      pushTokens(ctx, "hate", i, i + 1, 0.75, "coded slur: an identity word fused with an insult");
    else if (kind === BLEND.ZIO)
      pushTokens(ctx, "hate", i, i + 1, 0.7, 'coded antisemitic slur ("zio-" compound)');
    else if (kind === BLEND.GROUP_JEWISH_STATE)
      pushTokens(
        ctx,
        "hate",
        i,
        i + 1,
        0.55,
        "coded blend equating Israel or Jews with a terrorist group",
      );
  }
}

/** "I hate Muslims", "can't stand Jews". */
/** The identity in "people who are (a) X" starting at g, or g itself when there is none. */
function groupInClause(ctx: TRuleContext, g: number): number {
  const { doc, cls } = ctx;
  if (!HOLDERS(doc, g) || !(tokenIs(doc, g + 1, "who") || tokenIs(doc, g + 1, "that"))) return g;
  if (!(cls[g + 2] & C.COPULA)) return g;
  let h = g + 3;
  while (h < doc.count && h <= g + 4 && cls[h] & (C.ARTICLE | C.FILLER)) h++;
  return h < doc.count && isIdentity(ctx, h) ? h : g;
}

export function declaredHatred(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i + 1 < doc.count; i++) {
    if (!(cls[i] & C.HATE_VERB)) continue;
    let g = i + 1;
    while (g < doc.count && g <= i + 2 && cls[g] & (C.QUANT | C.ARTICLE)) g++;
    // "I hate people who are Muslim", "hate anyone who is gay": the group named in the clause.
    if (g < doc.count && !isIdentity(ctx, g)) g = groupInClause(ctx, g);
    if (g >= 0 && g < doc.count && isIdentity(ctx, g) && doc.sentence[g] === doc.sentence[i]) {
      pushTokens(
        ctx,
        "hate",
        i,
        g + 1,
        0.75 * targetWeight(ctx, g),
        "declared hatred of an identity group",
      );
    }
  }
}
