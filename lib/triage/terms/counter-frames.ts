// Counter-speech vocabulary beyond the lexicon's classes: more ways to report a claim ("posting
// that …", "the comment that …", "telling X they are …", "people who think …", "if you hate …")
// and to reject it ("I condemn …", "… is absurd", "shame on him", "not acceptable", "needs help"),
// and sentences whose subject is the hateful act itself ("Hating X is wrong", "Violence against X
// must stop"). Used by context.ts and negated-claim.ts.

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { C } from "./lexicon";
import { scanAfter, type TRuleContext } from "./match";

/** Verbs and nouns that attribute the wording to someone else. */
const MORE_REPORT = createWordSet(
  "post posts posting comment comments commenting commented telling told tells shouted shouts idea notion suggest suggests suggesting suggested argue argues arguing argued writes writing write stated states stating implying implies implied spewing spew spews preaching preach preaches hearing yelling yelled screaming screamed spreading spread spreads sprayed scrawled painted graffiti sign reporting read reading talk talks talking talked speak speaks speaking spoke describe describes describing described portray portrays portraying portrayed",
);
/** Words that reject what was reported, beyond the lexicon's CONDEMN class. */
const MORE_CONDEMN = createWordSet(
  "condemn condemns condemned condemning shame shameful unacceptable absurd ridiculous messed bogus dumbest stupidest idiotic cruel furious angry outraged outrageous removed remove delete deleted false untrue bullshit heartbreaking sad saddening wrongheaded baseless unfounded debunked inexcusable unforgivable rethink embarrassed embarrassing disgrace disgraceful dare hurtful harmful lie lies myth myths falsehood falsehoods problem annoys annoyed infuriates infuriated infuriating angers boils sickens shocked shocking educate report fired sacked suspended arrested expelled",
);
/** What a negator denies when it rejects an act: "not okay", "never acceptable", "isn't justified", "can't believe". */
const APPROVAL_WORDS =
  "ok okay acceptable justified justifiable excusable alright fine cool funny appropriate right tolerable believe";
const APPROVAL = createWordSet(APPROVAL_WORDS);
/** Said of an act in a sentence about it: "… is a crime", "… is sick", "… must stop". */
const ACT_CONDEMN = createWordSet("crime crimes sick stop end evil");

const NEED = createWordSet("need needs");
const WALKED = createWordSet("walked walk stormed");
const OPPOSE = createWordSet(
  "up stand stands stood standing speak speaking out united unite fight",
);

const SPEAKERS = createWordSet(
  "someone somebody people everyone anyone uncle dad mom guy man woman",
);
/** Who a relative clause attributes a view to: "people who think …", "those who hate …". */
export const HOLDERS = createWordSet(
  "people those anyone anybody someone somebody everyone one folks guys men person ones",
);
/** Nouns for the hateful act as a subject: "Hate against X …", "Violence towards X …". */
export const ACT_NOUNS = createWordSet(
  "hate hatred violence discrimination racism abuse harassment threats attacks bigotry prejudice persecution",
);
/** Words in -ing that are not gerunds of an act. */
const NOT_GERUNDS = createWordSet(
  "nothing something everything anything thing things king morning evening building wedding during bring sing ring spring darling string ceiling swing wing sibling being",
);

export function isReportAt(ctx: TRuleContext, k: number): boolean {
  return (ctx.cls[k] & C.REPORT) !== 0 || MORE_REPORT(ctx.doc, k);
}

/** Last words of the two-word frames in isCondemnAt (with the approval words a negator denies). */
const CONDEMN_ENDS = createWordSet(
  `help out stop place more up examined against to about ${APPROVAL_WORDS}`,
);

export function isCondemnAt(ctx: TRuleContext, k: number): boolean {
  const { doc, cls } = ctx;
  if ((cls[k] & (C.CONDEMN | C.META)) !== 0 || MORE_CONDEMN(doc, k)) return true;
  // One lookup tells whether any of the two-word frames below can end here.
  if (!CONDEMN_ENDS(doc, k)) return false;
  // "needs help", "not okay", "never acceptable", "isn't ever justified".
  if (tokenIs(doc, k, "help")) return NEED(doc, k - 1);
  // "I walked out", "she stormed out": leaving in protest.
  if (tokenIs(doc, k, "out")) return WALKED(doc, k - 1);
  // "… and I keep telling him to stop", "asked her to stop".
  if (tokenIs(doc, k, "stop"))
    return tokenIs(doc, k - 1, "to") && (TELLING(doc, k - 3) || TELLING(doc, k - 2));
  // "… have no place here".
  if (tokenIs(doc, k, "place")) return tokenIs(doc, k - 1, "no");
  // "you need to get out more", "… need to grow up", "need your head examined".
  if (tokenIs(doc, k, "more")) return tokenIs(doc, k - 1, "out") && tokenIs(doc, k - 2, "get");
  if (tokenIs(doc, k, "up")) return tokenIs(doc, k - 1, "grow");
  if (tokenIs(doc, k, "examined")) return tokenIs(doc, k - 1, "head");
  // "stand up against those who …", "speak out against …", "stand up to anyone who …".
  if (tokenIs(doc, k, "against")) return OPPOSE(doc, k - 1);
  if (tokenIs(doc, k, "to") && k >= 2) return tokenIs(doc, k - 1, "up") && OPPOSE(doc, k - 2);
  // "… says more about you than them", "says a lot about you".
  if (tokenIs(doc, k, "about") && k + 1 < doc.count && cls[k + 1] & C.YOU)
    return (
      tokenIs(doc, k - 1, "more") || tokenIs(doc, k - 1, "lot") || tokenIs(doc, k - 1, "everything")
    );
  if (!APPROVAL(doc, k)) return false;
  for (let b = k - 1; b >= 0 && b >= k - 3 && doc.sentence[b] === doc.sentence[k]; b--)
    if (cls[b] & C.NEGATOR) return true;
  return false;
}

/** "people who …", "whoever …", "if you …": the words that follow are someone else's view or act. */
export function isAttributionAt(ctx: TRuleContext, k: number): boolean {
  const { doc, cls } = ctx;
  if (tokenIs(doc, k, "whoever")) return true;
  // "Why do people think …", "why would anyone believe …": a view asked about, not held.
  if (BELIEVE(doc, k))
    return k >= 3 && HOLDERS(doc, k - 1) && ASK_AUX(doc, k - 2) && tokenIs(doc, k - 3, "why");
  if (tokenIs(doc, k, "who"))
    return (
      k > 0 && (HOLDERS(doc, k - 1) || (cls[k - 1] & C.THEY) !== 0) && !onlyOneAsking(ctx, k - 1)
    );
  return (
    tokenIs(doc, k, "if") &&
    k + 1 < doc.count &&
    ((cls[k + 1] & C.YOU) !== 0 || SPEAKERS(doc, k + 1)) &&
    // "if you ask me, …" introduces the writer's own view.
    !tokenIs(doc, k + 2, "ask")
  );
}

const CHALLENGE = createWordSet("says said decided claims thinks");

/** "Who says X are lazy?": token k is "says" after "who" in a sentence asked as a question. */
export function challengeAt(ctx: TRuleContext, k: number): boolean {
  const { doc } = ctx;
  // "Who" opens the question ("am I the only one who thinks …?" asks something else).
  if (!CHALLENGE(doc, k) || !tokenIs(doc, k - 1, "who")) return false;
  if (k >= 2 && doc.sentence[k - 2] === doc.sentence[k]) return false;
  let e = k;
  while (e + 1 < doc.count && doc.sentence[e + 1] === doc.sentence[k]) e++;
  return doc.norm.slice(doc.tokEnd[e], doc.tokEnd[e] + 3).includes("?");
}

/** Verbs of a view asked about: "why do people think / believe / say …". */
export const BELIEVE = createWordSet("think believe say claim");
const ASK_AUX = createWordSet("do does did would");

/** "They aren't.", "They are not!": the sentence starting at b only denies what came before. */
export function bareDenialAt(ctx: TRuleContext, b: number): boolean {
  const { doc, cls } = ctx;
  if (b + 1 >= doc.count || !(cls[b] & C.THEY)) return false;
  let k = b + 1;
  if (cls[k] & (C.COPULA | C.MODAL) && !(cls[k] & C.NEGATOR)) k++;
  if (!(cls[k] & C.NEGATOR)) return false;
  return k + 1 >= doc.count || doc.sentence[k + 1] !== doc.sentence[b];
}

const TELLING = createWordSet("telling tell told asked asking ask begged begging");
const PROOF = createWordSet("proof evidence basis");
const UNTRUE = createWordSet("nonsense rubbish untrue false myth lie lies bs");

/**
 * The sentence starting at b doubts what came before: "I have never seen any proof", "There is
 * no evidence", "That's nonsense", "Not true".
 */
export function doubtAt(ctx: TRuleContext, b: number): boolean {
  const { doc, cls } = ctx;
  let negated = false;
  for (let k = b; k < doc.count && k < b + 8 && doc.sentence[k] === doc.sentence[b]; k++) {
    if (cls[k] & C.NEGATOR || tokenIs(doc, k, "no")) negated = true;
    else if (PROOF(doc, k) && negated) return true;
    // "Where is your evidence?", "read the actual data", "check the facts": the claim challenged.
    else if (FACTS(doc, k) && asksForFacts(ctx, b, k)) return true;
    else if (tokenIs(doc, k, "true") && negated) return true;
    else if (UNTRUE(doc, k)) return true;
  }
  return false;
}

const FACTS = createWordSet(
  "proof evidence data facts statistics stats numbers research studies figures source sources",
);
const SHOW_ME = createWordSet("where where's wheres read check look show cite");

/** A demand for the facts before token k, from b: "where is your …", "read the actual …". */
function asksForFacts(ctx: TRuleContext, b: number, k: number): boolean {
  for (let q = k - 1; q >= b && q >= k - 4; q--) if (SHOW_ME(ctx.doc, q)) return true;
  return false;
}

const MOCKED_VIEW = createWordSet("thinking believing saying");

/** "Imagine thinking X are inferior": a view held up to ridicule (token k is "imagine"). */
export function mockedViewAt(ctx: TRuleContext, k: number): boolean {
  return tokenIs(ctx.doc, k, "imagine") && MOCKED_VIEW(ctx.doc, k + 1);
}

/** "Am I the only one who …", "I can't be the only one who …": the writer's own view, asked. */
function onlyOneAsking(ctx: TRuleContext, one: number): boolean {
  const { doc, cls } = ctx;
  if (!tokenIs(doc, one, "one") || !tokenIs(doc, one - 1, "only")) return false;
  for (let b = one - 2; b >= 0 && b >= one - 6 && doc.sentence[b] === doc.sentence[one]; b--)
    if (cls[b] & C.SELF) return true;
  return false;
}

/** "Women are trash, he wrote": a reporting verb right after the claim, with its speaker. */
export function reportedAfter(ctx: TRuleContext, to: number, end: number): boolean {
  for (let k = to; k < end && k <= to + 3; k++) {
    if (isReportAt(ctx, k) && k > to && (ctx.cls[k - 1] & C.THEY || SPEAKERS(ctx.doc, k - 1)))
      return true;
  }
  return false;
}

/**
 * A sentence [a, b) whose subject is a hateful act and which condemns it: "Hating X just because …
 * is wrong", "Wishing death on X is sick", "Violence against X is never justified", "Hate against X
 * must stop". Returns the index where the act's subject ends (the copula or modal), or -1.
 */
export function condemnedAct(ctx: TRuleContext, a: number, b: number): number {
  const { doc, cls } = ctx;
  let s = a;
  if (tokenIs(doc, s, "stop") || cls[s] & C.FILLER) s++;
  if (s >= b) return -1;
  const w = doc.norm.slice(doc.tokStart[s], doc.tokBaseEnd[s]);
  const gerund = w.length >= 5 && w.endsWith("ing") && !NOT_GERUNDS(doc, s);
  if (!gerund && !ACT_NOUNS(doc, s)) return -1;
  for (let k = s + 1; k < b; k++) {
    // "Threatening to kill X is a crime": the infinitive belongs to the act.
    if (!(cls[k] & (C.COPULA | C.MODAL)) || cls[k - 1] & C.THEY || tokenIs(doc, k, "to")) continue;
    for (let c = k + 1; c < b && c <= k + 4; c++) {
      // "… is not wrong" approves.
      if (cls[c - 1] & C.NEGATOR && !APPROVAL(doc, c)) return -1;
      if (isCondemnAt(ctx, c) || ACT_CONDEMN(doc, c)) return k;
    }
    return -1;
  }
  return -1;
}

/**
 * "People who say X are inferior are pathetic", "those who hate X are idiots": after an attributed
 * view, the holders are called names (a copula, then an insult or a condemning word).
 */
export function holdersInsultedAfter(ctx: TRuleContext, to: number, end: number): boolean {
  const { doc, cls } = ctx;
  for (let k = to; k < end && k < to + 3; k++) {
    if (!(cls[k] & C.COPULA)) continue;
    for (let q = k + 1; q < end && q <= k + 3; q++) {
      if (cls[q] & (C.INSULT | C.CONDEMN | C.META) || MORE_CONDEMN(doc, q) || HOLDER_FAULTS(doc, q))
        return true;
      if (!(cls[q] & (C.FILLER | C.ARTICLE | C.QUANT))) break;
    }
    return false;
  }
  return false;
}

/** What "people who think X are …" are said to be, beyond insults: "… are just insecure". */
const HOLDER_FAULTS = createWordSet(
  "insecure deluded delusional misguided misinformed brainwashed monster monsters evil sick twisted",
);
const HOLDER_REL = createWordSet("who that");
/** Verbs of holding a view: "people who think / said / claim …". */
export const HELD_VIEW = createWordSet(
  "think thinks thought believe believes believed say says said claim claims claimed call calls called",
);
const STAND = createWordSet("stand");

/**
 * "I hate people who …", "I can't stand anyone who …": the writer's hatred is aimed at the holders
 * of the view that follows, before `from` in the sentence starting at a.
 */
export function holdersHatedBefore(ctx: TRuleContext, a: number, from: number): boolean {
  const { doc, cls } = ctx;
  for (let h = a + 1; h + 1 < from; h++) {
    if (!HOLDERS(doc, h) || !HOLDER_REL(doc, h + 1)) continue;
    // A view or hatred held ("people who say …", "anyone who hates …"), not who they are ("people
    // who are Jewish").
    const held =
      HELD_VIEW(doc, h + 2) ||
      (cls[h + 2] & C.HATE_VERB) !== 0 ||
      (h + 3 < from && (HELD_VIEW(doc, h + 3) || (cls[h + 3] & C.HATE_VERB) !== 0));
    if (!held) continue;
    for (let k = h - 1; k >= a && k >= h - 3; k--) {
      if (cls[k] & C.HATE_VERB) return true;
      if (STAND(doc, k) && k > a && cls[k - 1] & C.NEGATOR) return true;
    }
  }
  return false;
}

/** Harm done to people, as participles: "X are treated …", "harassed for being X", "seeing X attacked". */
export const DONE_TO = createWordSet(
  "treated mistreated abused attacked harassed persecuted bullied targeted insulted killed beaten discriminated ignored judged fired punished hated mocked excluded shamed hurt harmed threatened singled blamed scapegoated vilified demonised demonized murdered massacred slaughtered gassed lynched enslaved tortured oppressed displaced",
);

/** Prejudice and harm done to a group, as nouns: "hate against X", "X face discrimination". */
const HARM_DONE = createWordSet(
  "hate hatred contempt disdain scorn loathing animosity discrimination racism abuse harassment violence attacks attack persecution prejudice bigotry bullying threats crimes crime slurs terrorism",
);
export const AGAINST = createWordSet("against towards toward on");
const FOR_TOWARDS = createWordSet("for towards toward");
const SOME = createWordSet("some many most these those");
const FELT = createWordSet("feel feels felt have has had show shows showed harbour harbor");
const AIMED = createWordSet("directed aimed hurled thrown levelled leveled");
const FACE = createWordSet(
  "face faces facing faced suffer suffers suffering suffered experience experiences experienced endure endures endured",
);
const TARGETS = createWordSet("targets target victims victim");
/** Words that approve of the harm: "violence against X is justified", "we need more attacks on X". */
export const APPROVING = createWordSet(
  "justified deserved deserve deserves good great necessary needed need more fine okay ok right best welcome",
);

/** A word for harm done within three words after token k ("of (racist) abuse", "of hate crimes"). */
function harmSoon(ctx: TRuleContext, k: number): boolean {
  return scanAfter(ctx, k, 3, (q) => (HARM_DONE(ctx.doc, q) ? true : undefined)) !== null;
}

/** No group but the one at k (and the words right after it) is named in k's sentence. */
function onlyGroupInSentence(
  ctx: TRuleContext,
  k: number,
  isGroup: (q: number) => boolean,
): boolean {
  const { doc } = ctx;
  for (let q = 0; q < doc.count; q++)
    if (doc.sentence[q] === doc.sentence[k] && Math.abs(q - k) > 2 && isGroup(q)) return false;
  return true;
}

const TREATED = createWordSet("treated handled spoken talked");
const OFTEN = createWordSet("always constantly often still");
/** After "treated": well, not harmed ("treated with dignity", "treated fairly"). */
export const TREATED_WELL = createWordSet(
  "with well fairly equally kindly decently humanely properly",
);

const GET = createWordSet("get gets got");
const WERE = createWordSet("were was");
const HAVE = createWordSet("have has had");
const ARE_IS = createWordSet("are is");

/** After the group: "were …", "have/has/had been …", "are/is being …" — the participle's index, or -1. */
function passiveDone(ctx: TRuleContext, e: number): number {
  const { doc } = ctx;
  if (WERE(doc, e)) return e + 1;
  if (HAVE(doc, e) && tokenIs(doc, e + 1, "been")) return e + 2;
  if (ARE_IS(doc, e) && tokenIs(doc, e + 1, "being")) return e + 2;
  return -1;
}

/** "how X are treated" / "the way X get treated" (group at k, its next word at e) in a sentence with a condemning word. */
function treatmentCondemned(ctx: TRuleContext, k: number, e: number): boolean {
  const { doc, cls } = ctx;
  const how =
    tokenIs(doc, k - 1, "how") || (tokenIs(doc, k - 1, "way") && tokenIs(doc, k - 2, "the"));
  if (!how || !(cls[e] & C.COPULA || GET(doc, e)) || !TREATED(doc, e + 1)) return false;
  for (let q = 0; q < doc.count; q++)
    if (doc.sentence[q] === doc.sentence[k] && cls[q] & C.CONDEMN) return true;
  return false;
}

/**
 * Does the text speak of harm done to an identity group, as its victim ("hate crimes against X
 * rose", "X face so much hate", "why are X so often the targets of abuse")? The group is then named
 * the way counter-speech names it. Not when the sentence approves of the harm ("violence against X
 * is justified") or is itself hateful (the caller checks the terms' hate score).
 */
export function victimFrame(ctx: TRuleContext, isGroup: (k: number) => boolean): boolean {
  const { doc, cls } = ctx;
  for (let k = 0; k < doc.count; k++) {
    if (!isGroup(k)) continue;
    let victim = false;
    // "hate / discrimination / attacks against (the) X"
    let b = k - 1;
    while (b >= 0 && cls[b] & (C.ARTICLE | C.QUANT)) b--;
    if (b >= 1 && AGAINST(doc, b) && HARM_DONE(doc, b - 1)) victim = true;
    // "the hatred they feel for X", "the contempt some people show towards X": others' hatred, described.
    if (
      b >= 3 &&
      FOR_TOWARDS(doc, b) &&
      FELT(doc, b - 1) &&
      (cls[b - 2] & C.THEY || HOLDERS(doc, b - 2)) &&
      !(cls[b - 2] & C.SELF)
    ) {
      // "the contempt (some) people have for X".
      const h = SOME(doc, b - 3) ? b - 4 : b - 3;
      if (h >= 0 && HARM_DONE(doc, h)) victim = true;
    }
    // "hate directed at X", "abuse (is) aimed at X".
    if (b >= 2 && tokenIs(doc, b, "at") && AIMED(doc, b - 1)) {
      const h = cls[b - 2] & C.COPULA ? b - 3 : b - 2;
      if (h >= 0 && HARM_DONE(doc, h)) victim = true;
    }
    // "X face (so much) hate", "X are (often) the targets of abuse"
    let e = k + 1;
    while (e < doc.count && e <= k + 2 && cls[e] & C.PEOPLE) e++;
    if (!victim && FACE(doc, e)) {
      for (let q = e + 1; q < doc.count && q <= e + 4 && doc.sentence[q] === doc.sentence[k]; q++)
        if (HARM_DONE(doc, q)) victim = true;
    }
    // … also asked: "why are X so often the targets of abuse?"
    const asked = k > 0 && (cls[k - 1] & C.COPULA) !== 0;
    if (!victim && (cls[e] & C.COPULA || asked)) {
      const from = asked ? e : e + 1;
      for (
        let q = from;
        q + 1 < doc.count && q <= from + 3 && doc.sentence[q] === doc.sentence[k];
        q++
      )
        if (TARGETS(doc, q) && tokenIs(doc, q + 1, "of") && harmSoon(ctx, q + 1)) victim = true;
    }
    // "It's disgusting how X are treated", "the way X get treated is shameful": condemned treatment.
    if (!victim && treatmentCondemned(ctx, k, e)) victim = true;
    // "X always get blamed", "X get attacked for nothing": harm done to them, in the passive (not
    // "Y did it and X get blamed", which accuses another group named in the sentence).
    const got = OFTEN(doc, e) ? e + 1 : e;
    if (!victim && GET(doc, got) && DONE_TO(doc, got + 1) && onlyGroupInSentence(ctx, k, isGroup))
      victim = true;
    // "X were murdered in the Holocaust", "X have been attacked", "X are being persecuted": a report
    // of harm done to them (not "X should be killed", which wishes it).
    const done = passiveDone(ctx, got);
    if (!victim && done > 0 && DONE_TO(doc, done) && onlyGroupInSentence(ctx, k, isGroup))
      victim = true;
    if (!victim) continue;
    let approved = false;
    for (let q = 0; q < doc.count; q++)
      // "… which is not good" denies the approval.
      if (
        doc.sentence[q] === doc.sentence[k] &&
        APPROVING(doc, q) &&
        !(q > 0 && cls[q - 1] & C.NEGATOR)
      )
        approved = true;
    if (!approved) return true;
  }
  return false;
}
