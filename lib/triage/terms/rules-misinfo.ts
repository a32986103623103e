// Conspiracy narratives as general frames: "X is really America", "the CIA created ISIS", "ISIS
// never attacks Israel", "the report was faked", "controlled by the Rothschilds".

import { tokenIs } from "../text/doc";
import { createWordSet } from "../text/word-set";
import { BLEND } from "./classify";
import { C } from "./lexicon";
import { pushTokens, type TRuleContext } from "./match";
import { isIdentity } from "./rules-hate";

const EQUATE_FILLERS = createWordSet(
  "really just actually basically simply literally the a an in fact nothing but all obviously clearly secretly merely",
);
const PASSIVE_SUPPORT = createWordSet(
  "created funded armed run controlled backed supported trained supplied made founded sponsored financed invented protected directed led owned creation tool proxy puppet puppets project product asset",
);
const ATTACK_VERBS = createWordSet(
  "attack attacks attacked bomb bombs hit hits target targets fight fights touch touches threaten threatens",
);
const FAKED = createWordSet(
  "faked fake falsified fabricated doctored rigged forged manipulated staged doctoring falsifying fabricating faking forging staging",
);
const EVIDENCE = createWordSet(
  "report reports evidence results investigation findings data video videos footage photos pictures attack attacks conclusions numbers statistics election elections vote massacre landing pandemic shooting",
);
const CONTROLLED = createWordSet("controlled owned run ruled funded financed bankrolled");
const CONTROL_VERBS = createWordSet("control controls controlling own owns run runs rule rules");
const CONTROL_OBJECTS = createWordSet(
  "media banks bank world government governments money hollywood finance congress press news everything america us west economy politicians politician parliament courts",
);
/** A group's collective before a control verb: "Jewish money owns …", "Muslim elites run …". */
const COLLECTIVE = createWordSet("elite elites bankers cabal money billionaires");

function sameSentence(ctx: TRuleContext, a: number, b: number): boolean {
  return b < ctx.doc.count && ctx.doc.sentence[a] === ctx.doc.sentence[b];
}

/** "ISIS is amerika", "ISIS = CIA", "Israel is ISIS". */
function equations(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i + 1 < doc.count; i++) {
    const group = (cls[i] & C.GROUP) !== 0;
    const actor = (cls[i] & C.ACTOR) !== 0;
    if (!group && !actor) continue;
    const between = doc.norm.slice(doc.tokEnd[i], doc.tokStart[i + 1]);
    let k = i + 1;
    if (cls[k] & C.COPULA) k++;
    else if (!between.includes("=")) continue;
    while (k < doc.count && k < i + 5 && EQUATE_FILLERS(ctx.doc, k)) k++;
    if (!sameSentence(ctx, i, k)) continue;
    const other = cls[k];
    if (
      (group && other & C.ACTOR && !(other & C.GROUP)) ||
      (actor && other & C.GROUP && !(cls[i] & C.GROUP))
    ) {
      pushTokens(
        ctx,
        "misinformation",
        i,
        k + 1,
        0.75,
        "conspiracy claim that a terrorist group is really a state or agency",
      );
    }
  }
}

/** "the USA and Israel are helping ISIS", "the CIA created ISIS", "ISIS was created by the CIA". */
function sponsorship(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let a = 0; a < doc.count; a++) {
    if (cls[a] & C.ACTOR && !(cls[a] & C.GROUP)) {
      for (let s = a + 1; s <= a + 7 && sameSentence(ctx, a, s); s++) {
        if (!(cls[s] & C.SUPPORT) || cls[s] & C.ACTOR) continue;
        for (let g = s + 1; g <= s + 4 && sameSentence(ctx, a, g); g++) {
          if (cls[g] & C.OPPOSE) break;
          if (cls[g] & C.GROUP) {
            pushTokens(
              ctx,
              "misinformation",
              a,
              g + 1,
              0.65,
              "conspiracy claim that a state or agency creates or backs a terrorist group",
            );
            if (isIdentity(ctx, a))
              pushTokens(ctx, "hate", a, g + 1, 0.6, "antisemitic or ethnic conspiracy claim");
            a = g;
            break;
          }
        }
        break;
      }
    } else if (cls[a] & C.GROUP) {
      for (let s = a + 1; s <= a + 3 && sameSentence(ctx, a, s); s++) {
        if (!PASSIVE_SUPPORT(ctx.doc, s)) continue;
        let b = s + 1;
        if (b < doc.count && !(tokenIs(doc, b, "by") || tokenIs(doc, b, "of"))) break;
        b++;
        if (b < doc.count && cls[b] & C.ARTICLE) b++;
        if (sameSentence(ctx, a, b) && cls[b] & C.ACTOR) {
          pushTokens(
            ctx,
            "misinformation",
            a,
            b + 1,
            0.7,
            "conspiracy claim that a terrorist group is run by a state or agency",
          );
        }
        break;
      }
    }
  }
}

/** "ISIS never, ever attacks Israel": the insinuation that a group spares its secret sponsor. */
function neverAttacks(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let g = 0; g < doc.count; g++) {
    if (!(cls[g] & C.GROUP) || !tokenIs(doc, g + 1 < doc.count ? g + 1 : g, "never")) continue;
    for (let v = g + 2; v <= g + 4 && sameSentence(ctx, g, v); v++) {
      if (!ATTACK_VERBS(ctx.doc, v)) continue;
      for (let t = v + 1; t <= v + 2 && sameSentence(ctx, g, t); t++) {
        if (cls[t] & C.ACTOR)
          pushTokens(
            ctx,
            "misinformation",
            g,
            t + 1,
            0.5,
            "insinuation that a terrorist group is protected by a state",
            true,
          );
      }
      break;
    }
  }
}

/** "the OPCW report was falsified", "they faked the footage". */
function fakedEvidence(ctx: TRuleContext): void {
  const { doc } = ctx;
  for (let i = FAKED.next(doc, 0); i >= 0; i = FAKED.next(doc, i + 1)) {
    for (let k = Math.max(0, i - 3); k <= i + 3 && k < doc.count; k++) {
      if (k !== i && sameSentence(ctx, i, k) && EVIDENCE(ctx.doc, k)) {
        pushTokens(
          ctx,
          "misinformation",
          Math.min(i, k),
          Math.max(i, k) + 1,
          0.5,
          "claim that evidence or a report was faked",
        );
        break;
      }
    }
  }
}

/** "controlled by the Rothschilds", "Jews control the media". */
function hiddenControl(ctx: TRuleContext): void {
  const { doc, cls } = ctx;
  for (let i = 0; i + 2 < doc.count; i++) {
    if (CONTROLLED(ctx.doc, i) && tokenIs(doc, i + 1, "by")) {
      let a = i + 2;
      if (cls[a] & C.ARTICLE && a + 1 < doc.count) a++;
      if (
        sameSentence(ctx, i, a) &&
        cls[a] & (C.ACTOR | C.PROXY) &&
        !(cls[a] & C.GROUP) &&
        !tokenIs(doc, a, "us")
      ) {
        pushTokens(ctx, "misinformation", i, a + 1, 0.55, "conspiracy claim of hidden control");
        if (isIdentity(ctx, a))
          pushTokens(
            ctx,
            "hate",
            i,
            a + 1,
            0.6,
            "antisemitic or ethnic conspiracy claim of hidden control",
          );
      }
    }
    // "Jewish money owns every politician": a collective noun for the group before its verb.
    const v = isIdentity(ctx, i) && COLLECTIVE(doc, i + 1) ? i + 2 : i + 1;
    if (isIdentity(ctx, i) && CONTROL_VERBS(ctx.doc, v)) {
      let o = v + 1;
      if (cls[o] & C.QUANT && o + 1 < doc.count) o++;
      if (cls[o] & C.ARTICLE && o + 1 < doc.count) o++;
      if (sameSentence(ctx, i, o) && CONTROL_OBJECTS(ctx.doc, o)) {
        pushTokens(
          ctx,
          "hate",
          i,
          o + 1,
          0.8,
          "conspiracy trope: an identity group controls institutions",
        );
        pushTokens(ctx, "misinformation", i, o + 1, 0.6, "conspiracy claim of hidden control");
      }
    }
  }
}

function blends(ctx: TRuleContext): void {
  for (let i = 0; i < ctx.doc.count; i++) {
    if (ctx.blend[i] === BLEND.GROUP_STATE || ctx.blend[i] === BLEND.GROUP_JEWISH_STATE) {
      pushTokens(
        ctx,
        "misinformation",
        i,
        i + 1,
        0.6,
        "blend word asserting a terrorist group and a state are one",
      );
    }
  }
}

export function conspiracyNarratives(ctx: TRuleContext): void {
  if (ctx.all & (C.GROUP | C.ACTOR)) {
    equations(ctx);
    sponsorship(ctx);
  }
  if (ctx.all & C.GROUP) neverAttacks(ctx);
  fakedEvidence(ctx);
  if (ctx.all & (C.ACTOR | C.PROXY | C.IDENT)) hiddenControl(ctx);
  if (ctx.anyBlend) blends(ctx);
}
