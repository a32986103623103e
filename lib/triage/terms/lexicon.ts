// Word classes the structural rules compose (identity × insult, group × praise, actor × "created"):
// data, not rules. Forms are listed as they appear after normalisation (lower-case, folded).

export const C = {
  IDENT: 1 << 0, // a protected identity: religion, ethnicity, nationality, gender, sexuality, disability
  PROXY: 1 << 1, // coded stand-ins for an identity ("zionists", "hasbara", "globalists")
  GROUP: 1 << 2, // named terrorist / jihadist groups
  COMBATANT: 1 << 3, // armed people in general: terrorists, militants, troops, the enemy
  DEHUMAN: 1 << 4,
  INSULT: 1 << 5,
  TRAIT: 1 << 6, // negative traits used to generalise about a group
  NEGATOR: 1 << 7,
  COPULA: 1 << 8,
  ACTOR: 1 << 9, // states, agencies and cabals of conspiracy narratives
  SUPPORT: 1 << 10, // "created", "funds", "runs" …
  VIOLENT: 1 << 11, // violent verbs, base form
  VIOLENT_PART: 1 << 12, // what a target "should be": shot, killed, gassed …
  MODAL: 1 << 13,
  YOU: 1 << 14,
  THEY: 1 << 15,
  QUANT: 1 << 16,
  FILLER: 1 << 17, // words allowed between a group and its predicate: "are just filthy …"
  META: 1 << 18, // words about prejudice itself: counter-speech markers
  CONDEMN: 1 << 19, // weaker condemnation, counts only after a reporting frame
  REPORT: 1 << 20, // calling, saying, claims …
  POSITIVE: 1 << 21,
  PRAISE: 1 << 22,
  PEOPLE: 1 << 23,
  SELF: 1 << 24,
  OPPOSE: 1 << 25, // fighting against, defeating … (reporting about a group, not praising it)
  INVASION: 1 << 26,
  LACKEY: 1 << 27,
  HATE_VERB: 1 << 28,
  ARTICLE: 1 << 29,
  MISSPELT: 1 << 30, // the token was read as a listed word one slip away (classify.ts)
} as const;

const IDENT_WORDS = `
jew jews jewish jewry juden yid yids hebrews kike kikes
muslim muslims moslem moslems muslum muslums muzlim muzlims mooslim mooslims muzzie muzzies musulman islam islamic islamist islamists
christian christians catholic catholics protestant protestants mormon mormons hindu hindus sikh sikhs buddhist buddhists atheist atheists
shia shias shiite shiites sunni sunnis alawite alawites druze yazidi yazidis
arab arabs arabic persian persians turk turks kurd kurds kurdish african africans blacks whites asian asians chinese indian indians
pakistani pakistanis paki pakis mexican mexicans latino latinos latina latinas hispanic hispanics gypsy gypsies roma
immigrant immigrants migrant migrants refugee refugees foreigner foreigners illegals
gay gays lesbian lesbians homosexual homosexuals bisexual bisexuals trans transgender transgenders transsexual transsexuals queer queers lgbt lgbtq
women woman females disabled autistic autists autistics cripple cripples retards
american americans russian russians syrian syrians iranian iranians israeli israelis ukrainian ukrainians palestinian palestinians
iraqi iraqis afghan afghans somali somalis german germans french brits british poles polish serb serbs albanian albanians
nigerian nigerians japanese korean koreans vietnamese filipino filipinos saudi saudis egyptian egyptians lebanese libyan libyans
yemeni yemenis europeans irish scots indigenous aboriginal aboriginals natives
canadians australians italians greeks spaniards swedes cubans haitians jamaicans ethiopians eritreans
moroccans algerians chechens bosnians tibetans uyghurs rohingya tamils bangladeshis romanians bulgarians hungarians`;

const PROXY_WORDS =
  "zionist zionists zio zios hasbara globalist globalists khazar khazars khazarian";

// Hezbollah is listed with combatants, not here: in this domain readers cheer it as one side of the
// Syrian war, and that partisan talk is not treated as extremism (move it here to change that).
const GROUP_WORDS = `isis isil daesh daish isus qaeda qaida alqaeda nusra hts taliban hamas shabaab shabab boko
mujahideen mujahedeen mujahidin mujahid caliphate jihadist jihadists jihadi jihadis takfiri takfiris wahhabi wahhabis wahabi wahabis jaish`;

const COMBATANT_WORDS = `terrorist terrorists militant militants insurgent insurgents extremist extremists headchoppers headchopper mercenaries
mercenary rebels rebel fighters fighter hezbollah hizbollah hezbolah troops soldiers army armies enemy enemies forces militia militias gunmen combatants thugs cells
jihadist jihadists jihadi jihadis takfiri takfiris mujahideen`;

const DEHUMAN_WORDS = `rat rats vermin cockroach cockroaches roach roaches parasite parasites parasitic disease diseases cancer plague pest pests
animal animals beast beasts savages ape apes monkey monkeys baboon baboons gorilla gorillas pig pigs swine dogs snake snakes serpents
insect insects lice louse maggot maggots leech leeches subhuman subhumans untermensch untermenschen filth scum bacteria virus viruses
infestation tumor tumour rodent rodents worm worms locust locusts termites slime excrement mongrel mongrels livestock cattle creatures vultures vulture hyenas jackals`;

const INSULT_WORDS = `idiot idiots moron morons imbecile imbeciles stupid dumb dumbass retard retarded loser losers clown clowns fool fools jerk jerks
scum trash garbage cunt bitch bitches asshole assholes dipshit dimwit troll trolls shill shills hypocrite hypocrites liar liars coward cowards
pathetic ignorant dickhead dickheads twat twats prick pricks bastard bastards douche douchebag degenerate degenerates creep freak freaks
worthless useless brainless clueless lowlife lowlifes scumbag scumbags sleazebag dolt dunce cretin cretins halfwit nitwit buffoon`;

const TRAIT_WORDS = `terrorist terrorists criminal criminals rapist rapists pedophile pedophiles paedophile paedophiles pedos pedo liars liar lie lying dishonest deceitful untrustworthy
thieves thief steal stealing cheat cheats cheating evil inferior dirty filthy disgusting savage barbaric barbarians barbarian violent
dangerous threat problem greedy backward primitive lazy ugly smelly stinking sick perverts perverted deviants killers murderers
invaders traitors treacherous untrustworthy brainwashed cult cultists satanic demonic vile crooks bloodsucking bloodsuckers backstabbing
inbred demons devils cancerous worthless useless subversive worst freaks abominations abomination degenerate ill
diseased unclean unwanted revolting repulsive burden burdens lesser
freeloaders freeloader scroungers spongers moochers groomers groomer predators predator thugs thug mistake mistakes defective`;

const ACTOR_WORDS = `america amerika amerikkka usa us washington pentagon cia fbi nsa mossad mi6 israel isreal zionists zionist nato west western
uk britain saudi saudis qatar turkey soros rothschild rothschilds globalists globalist freemasons illuminati elites elite jews`;

const SUPPORT_WORDS = `created creates create creating creation funds funded fund funding financed finances financing arms armed arming runs run running
controls controlled control supports supported supporting supplies supplied supplying supply trains trained training backs backed
backing helping helps helped help invented founded made protecting protects protected sponsors sponsored sponsoring behind handlers
creators masters bosses sponsor puppet puppets tool tools proxy proxies`;

const VIOLENT_WORDS = `kill murder shoot hang lynch gas burn behead slaughter exterminate eradicate nuke bomb stab execute butcher rape beat hurt
annihilate eliminate wipe massacre torture drown strangle smash destroy crush cleanse purge genocide erase mow slit
hunt punch kick choke torch maim poison firebomb`;

const VIOLENT_PART_WORDS = `killed shot hanged hung gassed executed burned burnt lynched exterminated eradicated wiped eliminated destroyed nuked
bombed slaughtered beheaded stabbed butchered massacred tortured raped die dead rot burn hang exterminated culled
hunted punched kicked choked strangled torched maimed poisoned drowned murdered beaten smashed bashed`;

export const LEXICON: Record<number, string> = {
  [C.IDENT]: IDENT_WORDS,
  [C.PROXY]: PROXY_WORDS,
  [C.GROUP]: GROUP_WORDS,
  [C.COMBATANT]: COMBATANT_WORDS,
  [C.DEHUMAN]: DEHUMAN_WORDS,
  [C.INSULT]: INSULT_WORDS,
  [C.TRAIT]: TRAIT_WORDS,
  [C.NEGATOR]:
    "not no never don't dont doesn't doesnt isn't isnt aren't arent wasn't wasnt weren't werent won't wont shouldn't shouldnt nobody neither nor n't didn't didnt hardly can't cant cannot couldn't couldnt wouldn't wouldnt haven't havent hasn't hasnt mustn't mustnt none",
  [C.COPULA]:
    "are is were was r be been being am 're they're theyre = seem seems look looks appear appears",
  [C.ACTOR]: ACTOR_WORDS,
  [C.SUPPORT]: SUPPORT_WORDS,
  [C.VIOLENT]: VIOLENT_WORDS,
  [C.VIOLENT_PART]: VIOLENT_PART_WORDS,
  [C.MODAL]:
    "should must will shall gonna need needs ought deserve deserves let's lets time wanna want i'll we'll ill gotta going to have would could",
  [C.YOU]: "you u ya yourself yourselves ur you're youre your ye",
  [C.THEY]: "them em they those these him her he she they're theyre their 'em",
  [C.QUANT]: "all every most any each whole",
  [C.FILLER]:
    "just nothing but like such only basically literally really actually simply better than worse bunch pack herd of a an the filthy dirty disgusting little stinking fucking subhuman total complete absolute bloody damn real all mere no more less too so very always usually mostly inherently naturally genetically fundamentally mentally morally born",
  [C.META]:
    "racist racists racism bigot bigots bigoted bigotry antisemitic antisemitism anti-semitic islamophobic islamophobia xenophobic xenophobia hateful dehumanising dehumanizing dehumanisation dehumanization prejudice prejudiced stereotype stereotypes stereotyping trope tropes slur slurs unacceptable homophobic homophobia transphobic sexist misogynistic misogyny",
  [C.CONDEMN]:
    "disgusting wrong shameful vile appalling awful horrible sickening gross terrible outrageous offensive abhorrent deplorable despicable shameful ignorant nonsense ashamed banned ban reported",
  [C.REPORT]:
    "calling call called calls saying say says said claim claims claiming claimed tweet tweeted wrote posted shouting chanting chanted label labelling labeling refer referring according alleged allegedly quote quoting repeat repeating insist insists",
  [C.POSITIVE]:
    "love loved respect respected helped help helps friends friend neighbours neighbors neighbour neighbor welcome welcomed kind kindness proud great wonderful good beautiful brilliant amazing decent peaceful peace generous lovely nice thank thanks colleagues religion faith history culture community talented enrich enriches equal equality dignity admire admired asset assets valuable inspiring smart smartest clever intelligent hardworking honest loyal caring funny kindest nicest friendly welcoming thoughtful gifted skilled respectful polite trustworthy stronger capable strong resilient courageous contribute contributes contributed contribution contributions",
  [C.PRAISE]:
    "heroes heros hero heroic brave glorious glory righteous blessed bless legitimate victory victorious martyrs martyr lions champions noble honourable honorable admire admirable salute",
  [C.PEOPLE]:
    "people ppl person persons man folks folk men women kids children community communities population immigrants migrants race lot guy guys families family",
  [C.SELF]: "i we i'm im we're i've we've i'd me my our",
  [C.OPPOSE]:
    "against fighting fight fought fights vs versus defeat defeated defeating killing destroyed eliminate crush anti attack attacks attacked bombed bombing liberate liberated liberation cleared strike strikes raid raids battle war counter siege neutralized neutralised repel repelled expel expelled remnants collapse weakened losses casualties retreat captured recaptured besieging offensive operation operations",
  [C.INVASION]:
    "invaders invasion invading flooding flood swarm swarming hordes horde infest infesting infestation overrun replacing replacement breed breeding outbreed outbreeding colonizing colonising",
  [C.LACKEY]:
    "lackeys lackey puppets puppet stooges stooge slaves shills shill bootlickers servants minions pawns goons",
  [C.HATE_VERB]: "hate despise detest loathe",
  [C.ARTICLE]: "the a an these those some",
};

/** Portmanteau parts: identity roots × insult roots make coded slurs ("jewrats", "ziotard"). */
export const BLEND_IDENTITY_ROOTS =
  `jew juden kike zio hasbara musl muzz muzzie moslem mozz islam islamo arab paki nig gay fag homo tranny femi hindu chink mex`.split(
    /\s+/,
  );
export const BLEND_INSULT_ROOTS =
  `rats rat roach roaches tard tards nazi nazis pig pigs scum vermin ape apes monkey monkeys cuck cucks trash filth dog dogs
worm worms maggot maggots leech leeches rodent rodents parasite parasites turd turds hell kkk`.split(
    /\s+/,
  );
/** Group roots that compound into words for the group's members ("daeshbag", "isisrats"). */
export const GROUP_ROOTS =
  "isis isil daesh daish qaeda nusra jihad takfir wahab wahhab taliban".split(" ");
/** Blends of a group with a state or identity assert they are one ("isisrael", "wahabimossad"). */
export const BLEND_STATE_ROOTS =
  "israel isreal mossad zion jew cia usa amerika america nato saudi".split(" ");
/** States whose blend with a terrorist group is also antisemitic (the identity is Jewish/Israeli). */
export const JEWISH_STATE_ROOTS = new Set(["israel", "isreal", "mossad", "zion", "jew"]);
/** Real words the blend rules would otherwise misread. */
export const BLEND_EXCEPTIONS = new Set(
  `zion zionist zionists zionism zionistic zionists' jewel jewels jewelry jewellery jeweller jeweler jewess jewish jewishness jewry
  arabian arabia arabesque arabica transit homogenous homogeneous homeland gaylord pakistan pakistani pakistanis mexico mexican
  islamabad islamist islamists islamism femininity feminist feminists nigeria nigerian nigerians niger hinduism`.split(
    /\s+/,
  ),
);
