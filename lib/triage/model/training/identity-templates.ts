// Neutral sentences that name identity groups, generated from templates (Dixon et al., 2018,
// "Measuring and Mitigating Unintended Bias in Text Classification"). Abusive tweets mention
// identities far more often than clean ones do, so without these the model learns "Muslim" or
// "gay" as evidence of abuse in itself.

type TIdentity = { adj: string; one: string; many: string };

const identity = (adj: string, one: string, many: string): TIdentity => ({ adj, one, many });

const IDENTITIES: TIdentity[] = [
  identity("Jewish", "Jew", "Jews"),
  identity("Muslim", "Muslim", "Muslims"),
  identity("Christian", "Christian", "Christians"),
  identity("Catholic", "Catholic", "Catholics"),
  identity("Hindu", "Hindu", "Hindus"),
  identity("Sikh", "Sikh", "Sikhs"),
  identity("Buddhist", "Buddhist", "Buddhists"),
  identity("atheist", "atheist", "atheists"),
  identity("Arab", "Arab", "Arabs"),
  identity("black", "black person", "black people"),
  identity("white", "white person", "white people"),
  identity("Asian", "Asian", "Asians"),
  identity("African", "African", "Africans"),
  identity("Mexican", "Mexican", "Mexicans"),
  identity("Latino", "Latino", "Latinos"),
  identity("Chinese", "Chinese person", "Chinese people"),
  identity("Indian", "Indian", "Indians"),
  identity("Pakistani", "Pakistani", "Pakistanis"),
  identity("Syrian", "Syrian", "Syrians"),
  identity("Israeli", "Israeli", "Israelis"),
  identity("Palestinian", "Palestinian", "Palestinians"),
  identity("Iranian", "Iranian", "Iranians"),
  identity("Russian", "Russian", "Russians"),
  identity("American", "American", "Americans"),
  identity("Kurdish", "Kurd", "Kurds"),
  identity("Turkish", "Turk", "Turks"),
  identity("immigrant", "immigrant", "immigrants"),
  identity("refugee", "refugee", "refugees"),
  identity("gay", "gay man", "gay people"),
  identity("lesbian", "lesbian", "lesbians"),
  identity("bisexual", "bisexual person", "bisexual people"),
  identity("transgender", "trans woman", "trans people"),
  identity("queer", "queer person", "queer people"),
  identity("female", "woman", "women"),
  identity("disabled", "disabled person", "disabled people"),
  identity("deaf", "deaf person", "deaf people"),
  identity("Shia", "Shiite", "Shiites"),
  identity("Sunni", "Sunni", "Sunnis"),
];

const TEMPLATES = [
  "I am {a_adj} {adj} person and I agree with this article.",
  "My neighbours are {many} and they are lovely.",
  "{Many} live in my town.",
  "Many {many} voted in the election.",
  "The {adj} community held a charity dinner last week.",
  "I have {adj} friends from school.",
  "As {a_one} I think the report is fair.",
  "{Many} are welcome here.",
  "We visited {a_adj} {adj} family yesterday.",
  "{Adj} culture has a long history in this region.",
  "Some {many} work at the hospital.",
  "He married {a_adj} {adj} woman.",
  "{Many} deserve the same rights as everyone else.",
  "I respect {many} and their traditions.",
  "Our teacher is {a_one}.",
  "There are {many} serving in the army too.",
  "The article interviewed several {many} about the war.",
  "My best friend is {a_one}.",
  "{Adj} writers won several prizes this year.",
  "The mayor met {adj} leaders to discuss the new school.",
  "Being {a_one} has nothing to do with it.",
  "{Many} and their neighbours rebuilt the village together.",
  "Is the new minister {a_one}?",
  "The museum has an exhibition about {adj} history.",
  // News talk about a group that attacks no one: aid, policy, numbers, reports of what it suffers.
  "The {many} at the border need food and water.",
  "{Many} are real people with real lives.",
  "The government announced new support for {many}.",
  "Police are investigating an attack on {a_adj} {adj} family.",
  "The number of {many} in the city has doubled since 2010.",
  "{Many} have been protesting against the new law.",
  "A new study looks at unemployment among {many}.",
  "Hate crimes against {many} rose last year, the report says.",
  "What do {many} think about the election?",
  "The court ruled in favour of the {adj} couple.",
];

/** Religions by name: "Islam" and "Judaism" appear in abuse far more often than in neutral text. */
const RELIGIONS = [
  "Islam",
  "Judaism",
  "Christianity",
  "Hinduism",
  "Buddhism",
  "Sikhism",
  "Catholicism",
  "Zionism",
];

const RELIGION_TEMPLATES = [
  "{R} is one of the oldest religions.",
  "I studied {R} at university.",
  "{R} has a long history in this region.",
  "The lecture compared {R} with other faiths.",
  "She wrote a book about {R} and politics.",
  "Many people converted to {R} last century.",
  "The museum has a room about {R}.",
  "What does {R} teach about charity?",
];

const article = (word: string) => (/^[aeiou]/i.test(word) ? "an" : "a");
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function identityTemplateSentences(): string[] {
  const out: string[] = [];
  for (const who of IDENTITIES) {
    for (const t of TEMPLATES) {
      out.push(
        t
          .replace("{a_adj}", article(who.adj))
          .replace("{a_one}", `${article(who.one)} ${who.one}`)
          .replace("{Adj}", capital(who.adj))
          .replace("{adj}", who.adj)
          .replace("{Many}", capital(who.many))
          .replace("{many}", who.many),
      );
    }
  }
  for (const r of RELIGIONS) for (const t of RELIGION_TEMPLATES) out.push(t.replace("{R}", r));
  return out;
}
