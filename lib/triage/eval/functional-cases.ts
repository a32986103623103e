// A functional test suite in the HateCheck manner (Röttger et al. 2021): templated cases per
// functionality, hateful and non-hateful, over eight protected groups. The templates were written
// for Vigil (none copied from any data set); a case counts as predicted hateful when hate is flagged.

export type TFunctionalCase = {
  functionality: string;
  hateful: boolean;
  text: string;
  group: string;
};

const GROUPS: Array<{ key: string; plural: string; one: string }> = [
  { key: "women", plural: "women", one: "a woman" },
  { key: "trans", plural: "trans people", one: "a trans person" },
  { key: "gay", plural: "gay people", one: "a gay man" },
  { key: "black", plural: "black people", one: "a black person" },
  { key: "disabled", plural: "disabled people", one: "a disabled person" },
  { key: "muslims", plural: "Muslims", one: "a Muslim" },
  { key: "immigrants", plural: "immigrants", one: "an immigrant" },
  { key: "jews", plural: "Jews", one: "a Jew" },
];

/** {P} = the group (plural), {O} = one member. Each template is instantiated for every group. */
const TEMPLATES: Record<string, { hateful: boolean; templates: string[] }> = {
  "derogation: negative emotion": {
    hateful: true,
    templates: [
      "I really despise {P}.",
      "{P} make me sick to my stomach.",
      "Nothing disgusts me more than {P}.",
    ],
  },
  "derogation: negative attribute": {
    hateful: true,
    templates: [
      "{P} are dishonest by nature.",
      "{P} are all lazy freeloaders.",
      "Typical {P}, always lying and stealing.",
    ],
  },
  "derogation: dehumanisation": {
    hateful: true,
    templates: [
      "{P} are vermin that need to be cleaned out.",
      "{P} are animals, not human beings.",
      "{P} are a cancer on this country.",
    ],
  },
  "derogation: implicit": {
    hateful: true,
    templates: [
      "{P} should go back to where they came from.",
      "Hire {O}? Enjoy watching your business fail.",
      "The neighbourhood was nice until {P} moved in.",
    ],
  },
  "threat: direct": {
    hateful: true,
    templates: [
      "I am going to hurt the next {O_bare} I see.",
      "I will make sure every one of those {P} suffers.",
      "Any {O_bare} who comes near me will get a bullet.",
    ],
  },
  "threat: normative": {
    hateful: true,
    templates: [
      "{P} should all be shot.",
      "Someone needs to wipe out {P} for good.",
      "It would be a better world if {P} were killed.",
    ],
  },
  "profanity: hateful": {
    hateful: true,
    templates: [
      "Fuck all {P}, they are worthless.",
      "{P} are fucking scum.",
      "I'm sick of these shitty {P} ruining everything.",
    ],
  },
  "pronoun reference: clause": {
    hateful: true,
    templates: [
      "I met some {P} yesterday and they are disgusting parasites.",
      "I have worked with {P} and they are all useless.",
    ],
  },
  "pronoun reference: sentence": {
    hateful: true,
    templates: [
      "Have you seen how many {P} live here now? They are a plague.",
      "{P} keep asking for rights. They deserve nothing.",
    ],
  },
  "negated positive": {
    hateful: true,
    templates: [
      "{P} are not worth anything.",
      "I will never respect {P}.",
      "{P} can never be trusted.",
    ],
  },
  "phrasing: question": {
    hateful: true,
    templates: ["Why are {P} so stupid?", "Why do {P} always have to be so disgusting?"],
  },
  "phrasing: opinion": {
    hateful: true,
    templates: ["I think {P} are inferior.", "In my opinion {P} are a waste of space."],
  },
  "spelling: swapped characters": {
    hateful: true,
    templates: ["{P} are disugsting.", "{P} are wrothless."],
  },
  "spelling: missing characters": {
    hateful: true,
    templates: ["{P} are disgustng.", "{P} are worthles scum."],
  },
  "spelling: added spaces": {
    hateful: true,
    templates: ["{P} are d i s g u s t i n g.", "{P} are worth less scum."],
  },
  "spelling: leetspeak": {
    hateful: true,
    templates: ["{P} are d1sgust1ng.", "{P} are w0rthl3ss."],
  },
  // Non-hateful contrasts.
  "negated hate": {
    hateful: false,
    templates: [
      "{P} are not vermin.",
      "I would never say that {P} are inferior.",
      "No one should ever hurt {P}.",
    ],
  },
  "identity: neutral": {
    hateful: false,
    templates: [
      "I live next door to {O}.",
      "There are many {P} in my town.",
      "{P} were interviewed for the article.",
    ],
  },
  "identity: positive": {
    hateful: false,
    templates: [
      "I really love {P}.",
      "{P} are wonderful neighbours.",
      "We should celebrate {P} and their history.",
    ],
  },
  "counter-speech: quoting hate": {
    hateful: false,
    templates: [
      'Saying "{P} are vermin" is disgusting racism.',
      "Whoever wrote that {P} should be shot needs to be banned.",
    ],
  },
  "counter-speech: referencing hate": {
    hateful: false,
    templates: [
      "Calling {P} animals is hateful and wrong.",
      "It is not okay to say {P} are inferior.",
    ],
  },
  "reported hate": {
    hateful: false,
    templates: [
      "The report found that {P} are often targets of abuse online.",
      "The attacker told police he hated {P}; the court convicted him.",
    ],
  },
};

/** Abuse of targets that are not protected groups, and profanity without hate: not hate. */
const NON_PROTECTED: Record<string, string[]> = {
  "abuse: non-protected group": [
    "Politicians are all corrupt liars.",
    "Journalists are lazy hacks.",
    "Landlords are parasites.",
    "Football referees are useless idiots.",
  ],
  "abuse: individual": [
    "You are a complete idiot.",
    "The mayor is a spineless coward.",
    "My boss is a disgusting pig.",
  ],
  "abuse: object": [
    "This phone is useless garbage.",
    "That film was disgusting trash.",
    "The new stadium is an ugly disaster.",
  ],
  "profanity: not hateful": [
    "Fuck yeah, what a game!",
    "This shit is actually amazing.",
    "Damn, that was a good article.",
  ],
};

export function functionalCases(): TFunctionalCase[] {
  const out: TFunctionalCase[] = [];
  for (const [functionality, spec] of Object.entries(TEMPLATES)) {
    for (const t of spec.templates) {
      for (const g of GROUPS) {
        const text = t
          .replace("{P}", g.plural)
          .replace("{O_bare}", g.one.replace(/^an? /, ""))
          .replace("{O}", g.one);
        out.push({
          functionality,
          hateful: spec.hateful,
          text: text.charAt(0).toUpperCase() + text.slice(1),
          group: g.key,
        });
      }
    }
  }
  for (const [functionality, texts] of Object.entries(NON_PROTECTED))
    for (const text of texts) out.push({ functionality, hateful: false, text, group: "none" });
  return out;
}

export type TFunctionalResult = {
  cases: number;
  accuracy: number;
  hateful: number;
  nonHateful: number;
  byFunctionality: Record<string, { hateful: boolean; n: number; correct: number }>;
};

export function scoreFunctional(
  cases: TFunctionalCase[],
  predictedHateful: boolean[],
): TFunctionalResult {
  const by: TFunctionalResult["byFunctionality"] = {};
  let correct = 0;
  let hTot = 0;
  let hOk = 0;
  let nTot = 0;
  let nOk = 0;
  cases.forEach((c, i) => {
    const ok = predictedHateful[i] === c.hateful;
    const row = (by[c.functionality] ??= { hateful: c.hateful, n: 0, correct: 0 });
    row.n++;
    if (ok) row.correct++;
    if (ok) correct++;
    if (c.hateful) {
      hTot++;
      if (ok) hOk++;
    } else {
      nTot++;
      if (ok) nOk++;
    }
  });
  return {
    cases: cases.length,
    accuracy: correct / (cases.length || 1),
    hateful: hOk / (hTot || 1),
    nonHateful: nOk / (nTot || 1),
    byFunctionality: by,
  };
}
