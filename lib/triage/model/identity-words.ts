// Neutral names of protected groups that the n-gram model reads as one word (features.ts): the
// terms analyzer's identity words (terms/lexicon.ts), less those below, which keep their own features.
import { C, LEXICON } from "../terms/lexicon";

const NOT_FOLDED = new Set(
  [
    // Slurs and derogatory or mocking spellings: their own words are evidence.
    "juden yid yids kike kikes muslum muslums muzlim muzlims mooslim mooslims muzzie muzzies",
    "musulman paki pakis gypsy gypsies transgenders transsexual transsexuals queer queers",
    "females cripple cripples retards",
    // Words naming a movement or a minority mostly in war news, where the model reads them in context.
    "islamist islamists alawite alawites druze yazidi yazidis lgbt lgbtq",
    // Nationalities and peoples: the sides of the wars the comments discuss, not only protected groups.
    "american americans russian russians syrian syrians iranian iranians israeli israelis",
    "ukrainian ukrainians palestinian palestinians iraqi iraqis afghan afghans somali somalis",
    "german germans french brits british poles polish serb serbs albanian albanians nigerian",
    "nigerians japanese korean koreans vietnamese filipino filipinos saudi saudis egyptian",
    "egyptians lebanese libyan libyans yemeni yemenis europeans irish scots indigenous aboriginal",
    "aboriginals natives",
  ]
    .join(" ")
    .split(" "),
);

export const FOLDED_IDENTITY_WORDS: readonly string[] = LEXICON[C.IDENT]
  .split(/\s+/)
  .filter((word) => word && !NOT_FOLDED.has(word));
