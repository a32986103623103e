// Identity hate without slurs or insults: ill wishes, a decline blamed on a group's arrival,
// sarcastic warnings and promised harm; and the look-alikes that wish, blame or warn no group.
import { describe, expect, it } from "vitest";
import { defaultTermEntries } from "@/lib/triage/default-engine";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";

const terms = createTermsAnalyzer(defaultTermEntries());
const hate = (text: string) => terms.analyze({ text }).scores.hate ?? 0;

describe("terms analyzer: implicit derogation", () => {
  it.each([
    "The office was quiet until the immigrants arrived.",
    "It was fine around here before Muslims showed up.",
    "Marry a Muslim? Say goodbye to your freedom.",
    "Hire an immigrant? Good luck with that.",
    "Refugees should suffer.",
    "Trans people deserve nothing.",
    "I will make sure every lesbian pays for this and suffers.",
    "Any Jew who walks in here will get a bullet.",
    "Gay people are better off dead.",
    "Every Kurd ought to be jailed.",
    "This estate is packed with Roma families, who are all thieves.",
    "Muslims should just disappear.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "The park was lovely until the council moved in.",
    "The town was nice until the factory closed.",
    "Hire a Muslim? Great idea, they are brilliant engineers.",
    "Refugees deserve nothing but kindness.",
    "Immigrants will suffer from these cuts.",
    "Women should suffer no more discrimination.",
    "I will make sure no refugee suffers.",
    "Our street was calm until the Smiths moved in.",
    "Disabled people deserve better.",
    "Black people were enslaved until 1865.",
    "I will make sure every immigrant feels welcome.",
    "Date a Jew? Best decision I ever made.",
    "Refugees will suffer if the camp closes.",
    "Refugees ought to be welcomed.",
    "Women were not allowed to vote until 1920.",
    "If the economy collapses, all the immigrants will disappear and make it worse.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: more ways of saying the same frames", () => {
  it.each([
    "Nothing annoys me more than Muslims.",
    "My blood boils whenever I see immigrants.",
    "The country was better before all these refugees showed up.",
    "Trans people are not real people.",
    "Women aren't even human.",
    "Gay people are nothing but a drain on our economy.",
    "I will never see disabled people as my equals.",
    "There is nothing worse than a Muslim.",
    "I'd rather die than date a trans woman.",
    "The only good immigrant is a dead one.",
    "We have too many Muslims here. They need to go.",
    "Immigrants must go back.",
    "Why do gay people always stink?",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Nothing annoys me more than slow trains.",
    "My blood boils when I see how refugees are treated.",
    "The town was better before all these shops closed.",
    "Refugees are real people with real lives.",
    "Refugees are nothing but grateful for the help.",
    "I will always see immigrants as my equals.",
    "If you think women are inferior, you are the problem.",
    "Women aren't scum.",
    "Immigrants aren't criminals.",
    "There is nothing worse than a traffic jam.",
    "There's nothing worse than racism against Muslims.",
    "I'd rather die than see refugees suffer.",
    "The only good thing about immigrants coming is the food.",
    "Refugees need to go to school first.",
    "They need to go.",
    "The refugees must go home to Syria when the war ends, the minister said.",
    "My socks stink.",
    "Ask the Ukrainian people which direction they want to go.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it("reads 'if you ask me' as the writer's own view, not someone else's", () => {
    expect(hate("If you ask me, Muslims are scum.")).toBeGreaterThanOrEqual(0.6);
  });
});

describe("terms analyzer: threats with a weapon, a condition or a promise", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "I'll take care of those Muslims with my rifle.",
    "We are going to visit the immigrants tonight with our guns.",
    "If I see any gay people near my house I will shoot.",
    "When trans people show up here, I'll shoot on sight.",
    "I will make sure every immigrant I meet regrets it.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I'll protect the refugees with my rifle if I have to.",
    "If I see Muslims being attacked, I will punch the attacker.",
    "If the immigrants come, the police will shoot.",
    "I went hunting with my rifle and met some Muslims.",
    "I will make sure no refugee ever regrets coming here.",
    "Soldiers fired at the migrants with rifles.",
    "I would never harm Muslims with my gun.",
    "If I ever see the soldiers again I will shoot.",
    "We will welcome the refugees with a party.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: verdicts on a whole group, and harm at each arrival", () => {
  it.each([
    "Muslims are all the same.",
    "Immigrants can't do anything right, can they.",
    "Every time black people show up, property values drop.",
    "Wherever refugees move in, crime soars.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "We are all the same.",
    "Muslims are all the same as the rest of us.",
    "Immigrants are not all the same.",
    "People say immigrants are all the same, but that is racist nonsense.",
    "Every time refugees arrive, volunteers show up to help.",
    "Every time women show up to vote, turnout records drop.",
    "The government can't do anything right.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: habits, comparisons and rhetorical questions about a group", () => {
  it.each([
    "Women behave like animals.",
    "Women want respect, yet they behave like animals.",
    "Muslims were as vile as ever.",
    "Muslims lie.",
    "Women always lie about rape.",
    "Immigrants steal our jobs.",
    "How can anyone stand Muslims?",
    "We should treat refugees like animals.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Refugees lie in tents at the border.",
    "Muslims never lie.",
    "How can anyone stand by while Muslims are murdered?",
    "Refugees live like animals in these camps, it is a disgrace.",
    "They treat refugees like animals.",
    "Soldiers herded the refugees like cattle.",
    "Immigrants are as good as anyone.",
    "People who say immigrants steal are wrong.",
    "Muslims are like family to me.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: identity words decided by their neighbours", () => {
  it.each(["Asylum seekers are vermin.", "Illegals are vermin.", "Black people are scum."])(
    "hate: %s",
    (text) => {
      expect(hate(text)).toBeGreaterThanOrEqual(0.6);
    },
  );

  it.each([
    "Job seekers are vermin, said no one.",
    "Black cats are scum.",
    "The black market is vermin.",
  ])("no identity named: %s", (text) => {
    expect(terms.analyze({ text }).signals?.identity).toBe(0);
  });
});

describe("terms analyzer: threats in set phrases, readied weapons and tracking a group down", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "Muslims, your days are numbered.",
    "Keep talking, women, and you'll end up in a ditch.",
    "Watch your back, you immigrants.",
    "Mark my words, the gay people around here will be sorry.",
    "Refugees will pay in blood.",
    "I'm sharpening my knife for the Jews.",
    "I'm saving a bullet for every Muslim.",
    "I'm going to find where these trans people live.",
    "One more word from you women and I'll break your neck.",
    "Let me get my hands on those immigrants and I'll tear them apart.",
    "I will personally see to it that every one of you Muslims disappears.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Assad's days are numbered.",
    "Christians in Iraq: their days are numbered, warns the bishop.",
    "Muslims will be sorry to hear this news.",
    "Syrians will pay in blood for Putin's war.",
    "Refugees end up in hospital after the attack.",
    "The police told the Muslims to watch their backs.",
    "Officials know where the refugees live and bring them food.",
    "I know where immigrants live: in the worst housing in the city.",
    "I bought a new knife for the kitchen, my Muslim neighbour recommended it.",
    "Police fired tear gas at the migrants.",
    "You will end up in hospital if you eat that, said the Muslim doctor.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: denials asked as questions, passive disgust, getting rid of a group", () => {
  it.each([
    "Why should we tolerate Muslims?",
    "Who would ever want to hire women?",
    "Why should I trust immigrants?",
    "Women are nothing to be proud of.",
    "No immigrant is worth listening to.",
    "Not a single one of the gay people I've met was decent.",
    "Women don't have any value.",
    "I'm disgusted by Muslims.",
    "I hate how immigrants act.",
    "Isn't it time we got rid of Muslims?",
    "Why do we let immigrants live here?",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Can't we welcome refugees?",
    "Why should we welcome refugees? Because it is right.",
    "Who would hire refugees? Many firms do.",
    "Women don't have to be good at maths.",
    "No immigrant is worth less than anyone else.",
    "I am disgusted by how Muslims are treated.",
    "I hate how immigrants are treated.",
    "The Nazis got rid of the Jews in their towns.",
    "Why did the council let refugees in so quickly, asks the report.",
    "North American free trade and the GST: if they are bad we had 20 years to get rid of them.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: ruin foretold under a group, and qualities it is said to lack", () => {
  it.each([
    "Put women in charge and watch everything fall apart.",
    "Let Muslims run the country and see the chaos.",
    "Women and hygiene don't go together.",
    "Immigrants and democracy are incompatible.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Put women in charge and watch the company thrive.",
    "Muslims and alcohol don't mix.",
    "Muslims and democracy are not incompatible.",
    "Let immigrants run their own shops and see how the town benefits.",
    "Refugees were put in charge of the kitchen and saw the old stove fall apart.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: direct threats with a demonstrative, a possessive or a place full of people", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "I will murder that Muslim the first chance I get.",
    "I want to cut every Jew's throat.",
    "I will beat this immigrant to death.",
    "Gonna kill me some gay people today.",
    "I'm planning to bomb a mosque full of Muslims.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "We should protect that Muslim family.",
    "I will kill this idea that Muslims are bad.",
    "Let me kill some time with Muslims at the cafe.",
    "Assad's jets bombed a mosque full of civilians.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: existence denied, disease spread, ranked below dirt", () => {
  it.each([
    "Muslims came here and they should not exist.",
    "Trans people shouldn't exist.",
    "There are Muslims in my class and they have no right to exist.",
    "My town has immigrants now and they spread disease.",
    "I know gay people, and they are lower than dirt.",
    "I work with women and they make the world worse.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Refugees make our city better.",
    "Refugees should not exist in camps like these.",
    "Mosquitoes spread disease near the refugees.",
    "Refugees are worse off than ever.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: 'let's' calls, running a group over, feeling my knife", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "Let's kill some Muslims.",
    "Let us hang some immigrants.",
    "I'm going to run trans people over with my car.",
    "I'll run those immigrants over.",
    "Muslims will feel my knife.",
    "You gay people will feel my wrath.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Let's hope the Muslims are safe.",
    "Let's help the refugees.",
    "Run the refugees over to the shelter.",
    "The bus will run refugees over the border to Greece.",
    "Refugees will feel my support.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: the writer's pick, hit lists, 'beat the hell out of', no one left alive", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "Every Muslim I find will be beaten to death.",
    "The next immigrant we see is going to be shot.",
    "Any gay person who comes near me will be stabbed.",
    "You Muslims are next on my list.",
    "Trans people are on my hit list.",
    "I will beat the hell out of every immigrant.",
    "I'm gonna beat the shit out of every black person at the parade.",
    "I'll make sure no Muslim survives this winter.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Every refugee we met is going to be killed if the shelling goes on.",
    "Every Muslim I know will be welcomed.",
    "Immigrants are next on my list of topics.",
    "Refugees are next on my reading list.",
    "We will make sure no refugee has to survive on the street.",
    "I will beat the rush out of habit.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: presence as harm, rights regretted, servitude, unwanted neighbours", () => {
  it.each([
    "Having immigrants around lowers the tone of the whole neighbourhood.",
    "Having gay people next door drags the street down.",
    "It's a shame women were ever allowed to vote.",
    "Why were Muslims ever allowed in?",
    "Black people should never have been allowed to vote.",
    "Muslims make great slaves.",
    "Women make good servants.",
    "Nobody wants Muslims in their family.",
    "Nobody wants immigrants as neighbours.",
    "Nobody wants trans people around.",
    "I'd like to see all Muslims gone.",
    "I want to see the immigrants gone.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Having immigrants around brings new ideas.",
    "Having refugees next door was the best thing that happened to our street.",
    "Were women ever allowed to vote in Switzerland before 1971?",
    "Women were never allowed to vote there.",
    "Immigrants make great neighbours.",
    "Nobody wants refugees to suffer.",
    "Nobody wants immigrants in danger.",
    "I want to see all Muslims safe.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it("reads the writer's liking of a group as friendly, not 'I'd like to' or 'I don't like'", () => {
    const friendly = (text: string) => terms.analyze({ text }).signals?.identityPositive ?? 0;
    expect(friendly("I have met many Muslims and I like every single one of them.")).toBe(1);
    expect(friendly("We really liked the refugees we met.")).toBe(1);
    expect(friendly("I'd like to meet some Muslims.")).toBe(0);
    expect(friendly("I don't like Muslims.")).toBe(0);
  });

  it("reads friendliness in the group's own sentence only, and not when the good word is denied", () => {
    const friendly = (text: string) => terms.analyze({ text }).signals?.identityPositive ?? 0;
    expect(friendly("Muslims are great neighbours.")).toBe(1);
    expect(friendly("The history of the Jews in Poland is a long one.")).toBe(1);
    // A "thanks" in another sentence says nothing of how the group is spoken of.
    expect(friendly("Thanks for the article. Muslims are ruining this country.")).toBe(0);
    expect(friendly("Islam is not a religion of peace, it is a death cult.")).toBe(0);
    expect(friendly("Good article. Immigrants are lazy and dirty.")).toBe(0);
  });
});

describe("terms analyzer: idioms of menace, a colon's clause, a group placed before its modal", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "Muslims better watch out, because I'm coming.",
    "I'm about to go on a killing spree against immigrants.",
    "My plan for tonight: shoot some gay people.",
    "All Muslims in this city will die by my hand.",
    "The trans people around here should be shot.",
    "I'll choke the life out of the next immigrant I meet.",
    "You Muslims won't live to see next year.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Immigrants better watch out for scams.",
    "My plan for tonight: shoot some photos of the parade.",
    "The refugees around here should be housed.",
    "Muslims will not live to see the new mosque finished, the council says.",
    "The police went on a rampage against the protesters.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: worth denied by experience, comparison and question", () => {
  it.each([
    "Muslims are never going to be as smart as us.",
    "I have never met a woman who was honest.",
    "I've never known an immigrant that is decent.",
    "Gay people don't deserve to be treated like people.",
    "There's nothing admirable about trans people.",
    "I don't think black people are capable of love.",
    "Who decided disabled people deserve rights?",
    "What good have immigrants ever done for this country?",
    "How much longer do we have to put up with Muslims?",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I have never met a Muslim who wasn't kind.",
    "Women are never going to give up on equality.",
    "Refugees don't deserve to be treated like criminals.",
    "Who decided Muslims don't deserve rights?",
    "Who says immigrants are lazy?",
    "What good news for the refugees!",
    "Refugees have to put up with terrible conditions.",
    "Why do people think Muslims are dangerous? They aren't.",
    "If you think immigrants are a plague, you need to educate yourself.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: the group referred to across clauses and sentences", () => {
  it.each([
    "Trans people talk a lot about respect, yet none of them deserve any.",
    "Immigrants are everywhere now. Their kind ruins everything.",
    "I sat next to some Muslims on the train. Disgusting creatures.",
    "Gay people everywhere. Scum.",
    "Women think they're equal to us. They are not.",
    "I'm not saying all black people are thieves, but most of them are.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Immigrants are everywhere now. Their kind words cheer me up.",
    "I sat next to some Muslims on the train. Lovely people.",
    "In what ways are Christians disadvantaged? Idiot.",
    "Women think they're equal to us. They are.",
    "I'm not saying all black people are thieves, but some politicians want you to think so.",
    "None of the refugees deserve any of this.",
    "Pakistan is obviously emboldened by China. Bloody cowards.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: feelings about what is done to a group, lessons and wished violence", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "Immigrants make my skin crawl.",
    "Muslims are naturally dishonest.",
    "Am I the only one who thinks gay people are revolting?",
    "I sat next to some women on the train. Disgusting creatures.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I'm so fed up with people hating Muslims.",
    "The way trans people are treated makes me furious.",
    "Immigrants being attacked makes me sick.",
    "Who thinks black people are revolting?",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it.each([
    "Someone needs to teach Muslims a lesson with a baseball bat.",
    "Let's teach these immigrants a lesson.",
    "Gay people deserve a good beating.",
    "It would be great if all trans people were wiped out.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "We should teach refugees a lesson in German.",
    "Muslims deserve a good life.",
    "It would be great if all Muslims were welcomed.",
    "It would be great if refugees got shot at less.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: told to go to hell, or back where they came from", () => {
  it.each([
    "Muslims can all go to hell.",
    "Trans people should go to hell.",
    "Go back to where you came from, immigrants.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Refugees go to hell and back to get here.",
    "Lawyers can all go to hell.",
    "Women can go wherever they want.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: one thing only, the fewer the better, leashes, spared, a joke in charge", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "The only thing immigrants are good at is complaining.",
    "The fewer Muslims there are, the better.",
    "The fewer gay people in our country, the better.",
    "Allowing women to vote was a mistake.",
    "Trans people need to be kept on a leash.",
    "Black people are best kept in cages.",
    "What else would you expect from a Muslim?",
    "A woman in charge? What a joke.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "The fewer refugees die at sea, the better.",
    "Allowing refugees to work was a success.",
    "Refugees are kept in cages at the border.",
    "A woman in charge? Finally.",
    "I expect from Muslims the same respect as from anyone.",
    "The only thing refugees are asking for is safety.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it("reads regret that a group was spared as a threat, not regret that it was not rescued", () => {
    expect(threat("It's a pity Muslims weren't all drowned.")).toBeGreaterThanOrEqual(0.6);
    expect(threat("It's a shame refugees weren't rescued.")).toBeLessThan(0.3);
  });
});

describe("terms analyzer: an equals sign, who let them in, when will they disappear, brains", () => {
  it.each([
    "Muslims = trash",
    "Who let all these immigrants in?",
    "When will trans people finally disappear?",
    "Face it, gay people will never be normal.",
    "Do black people even have brains?",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "When will refugees finally leave the camps?",
    "Do refugees even have enough food?",
    "Life for refugees will never be normal.",
    "Who let the dogs out?",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: set phrases of contempt around a group", () => {
  it.each([
    "Typical of a woman to mess things up.",
    "Sounds like something a Muslim would do.",
    "Of course it was an immigrant who did this.",
    "Another day, another refugee causing trouble.",
    "Gay people are why we can't have nice things.",
    "Women should stick to cooking.",
    "I'd sooner hire a dog than a trans person.",
    "Keep your Muslims away from my children.",
    "I wouldn't let a black person babysit my dog.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Typical of a refugee to survive against all odds.",
    "Sounds like something a Muslim would say in prayer.",
    "Of course it was a woman who won the Nobel prize.",
    "Immigrants should stick to the rules like everyone else.",
    "I'd rather adopt a dog than have kids.",
    "I wouldn't let a stranger babysit my kids.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: worth denied by experience and idiom, fates 'too good for' a group", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "Immigrants will never amount to anything.",
    "Women are incapable of telling the truth.",
    "There's not one decent Muslim in the world.",
    "I can't think of a single good thing about trans people.",
    "You'll never find a black person with a brain.",
    "Gay people have never done anything useful.",
    "Every immigrant I've ever met was a thief.",
    "Muslims have the intelligence of a rock.",
    "Disabled people deserve whatever violence comes their way.",
    "How many more Muslims do we have to put up with?",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Refugees will never amount to more than 2 % of the population.",
    "Trans people don't need anything but respect.",
    "No good Muslim would support terrorism.",
    "Refugees are incapable of paying these fees.",
    "There's not one refugee in the camp without a story.",
    "I can't think of a single good reason to deport refugees.",
    "Refugees have never done anything wrong.",
    "Every refugee I've ever met was grateful.",
    "Muslims deserve protection from violence.",
    "Nothing is too good for our refugees.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it("reads a violent fate called too good for a group as a threat", () => {
    expect(threat("Gas chambers are too good for Muslims.")).toBeGreaterThanOrEqual(0.5);
    expect(threat("This hotel is too good for tourists.")).toBeLessThan(0.3);
  });
});

describe("terms analyzer: entitlement and garbage from their mouths", () => {
  it.each([
    "Muslims come to this country and then they demand special treatment.",
    "Immigrants expect handouts.",
    "When trans people open their mouths, nothing but garbage comes out.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Disabled people demand rights.",
    "Disabled people demand special treatment at the airport, which the law requires.",
    "When refugees open their mouths, beautiful songs come out.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: hunting a group, a weapon brought, death on sight, driven out of town", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "I'm getting my gun and going after Muslims.",
    "Tomorrow I'm going after the immigrants at the community centre.",
    "I'm coming to your house, you gay people.",
    "I'm bringing a knife to the trans people meeting tonight.",
    "I'll take out as many women as I can.",
    "I will end all black people.",
    "Next time I see a Muslim, they're dead.",
    "I'm going to find every immigrant and make them pay.",
    "I'm ready to start killing disabled people.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I'm going after the Muslim vote.",
    "She wants to take out the Syrian dictator!",
    "Police are going after the immigrants who ran the scam.",
    "I'm bringing a cake to the Muslim meeting tonight.",
    "I'll take out the trash.",
    "I will end all discrimination against Muslims.",
    "Next time I see a Muslim, I'll say hello.",
    "They started killing Muslims in 1992.",
    "I'm coming to your house, you idiot.",
  ])("no threat to a group: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });

  it("reads running a group out of town as exclusion", () => {
    expect(hate("I'll run every immigrant out of town.")).toBeGreaterThanOrEqual(0.6);
    expect(hate("I'll run every errand out of town.")).toBeLessThan(0.3);
  });
});

describe("terms analyzer: noun compounds as predicates, and a group's collective in control tropes", () => {
  it.each([
    "Islam is a death cult.",
    "Immigrants are a crime problem.",
    "Muslims are a terror threat.",
    "Jewish money owns every politician in Washington.",
    "Jews own all the banks.",
    "Jewish bankers control the world.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "Islam is not a death cult.",
    "Calling Islam a death cult is bigoted.",
    "Muslims are victims of hate crime.",
    "Muslims are a hate crime target.",
    "The Jewish community owns a bakery.",
    "Muslims run the corner shop.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: violent daydreams, armed dealing, plans with their time; refusal at any cost; questions of worth", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "Tonight we burn down the homes of the Muslims.",
    "Give me a gun and I'll deal with the Jews.",
    "I fantasize about slitting the throats of refugees.",
    "I dream of shooting Muslims.",
    "Any immigrant that comes near my kids gets their head smashed in.",
    "Keep it up, Muslims, and we will come for you with knives.",
  ])("threat and hate: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.8);
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I'll come for you at eight.",
    "We will come for you tomorrow to pick you up.",
    "I'll deal with the refugees myself, the agency is too slow.",
    "I dream of beating the Jews at chess.",
    "Tonight we celebrate with the Muslims.",
  ])("no threat: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });

  it.each([
    "I wouldn't trust a Muslim to look after my dog.",
    "I wouldn't hire a Jew to clean my house.",
    "I'd move house before I let a Muslim live next door.",
    "I would quit before I allowed a Jew to teach my kids.",
    "Are Muslims even capable of thinking for themselves?",
    "What is the point of Muslims anyway?",
    "What's the point of refugees?",
    "Has anyone ever met a Muslim who wasn't a thief?",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I don't want Muslims to be attacked.",
    "I'd check references before I let a refugee live here.",
    "Check the rules before you let a refugee stay.",
    "Are refugees even capable of working here legally?",
    "What is the point of Jewish holidays?",
    "What is the point of Muslims fasting?",
    "Has anyone met a Muslim who wasn't kind?",
    "Has anyone ever met a Muslim who was a thief?",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: harm at a group's involvement, a place done for, parasites", () => {
  it.each([
    "Letting Muslims run anything is asking for disaster.",
    "Every time Jews get involved, things fall apart.",
    "You know a neighbourhood is finished when the Muslims move in.",
    "Just another Muslim living off the taxpayer.",
    "Immigrants live off welfare.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "When the refugees arrived, the town helped them.",
    "The town is finished when the factory closes.",
    "Letting refugees stay is the right thing.",
    "Every time women get involved, things get better.",
    "Refugees are forced to live off benefits.",
    "Many disabled people have to live off benefits.",
    "Immigrants live off the land in the north.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: ruin foretold on a condition, company that cannot be borne", () => {
  it.each([
    "If a Muslim is your boss, your company is doomed.",
    "If a woman is in charge, everything falls apart.",
    "If women run the country, it will collapse.",
    "How can anyone stand being around Muslims?",
    "I can't stand being around Jews.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "If a Muslim is your boss, you are lucky.",
    "If women run the country, it will thrive.",
    "If the factory is your boss, you are doomed.",
    "I hate being around when Muslims are attacked.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: every one of them, like all of them, scorn for the charge of racism", () => {
  it.each([
    "I went to school with Muslims; every single one was a thief.",
    "I was served by a Muslim today. Useless, like all of them.",
    "Muslims always cry about racism, but they are the real problem.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I went to school with Muslims; every single one was kind.",
    "I met the new team. Useless, like all of them.",
    "Muslims came to the party. Every one of them was lovely.",
    "People complain about racism, but calling Muslims vermin is racist.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: threats placed on a street, a weapon into the body, firebombs, armed at the door", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "The Muslims on my street will be dead by morning, I promise.",
    "Next Muslim who looks at me funny gets a knife in the gut.",
    "I'm planning to firebomb the Muslim community centre.",
    "I'm outside the Muslim meeting right now with a gun.",
  ])("threat and hate: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.8);
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "The Muslims on my street will be happy by morning.",
    "Every cook who works here gets a knife in the kit.",
    "He got a bullet in the leg in the war.",
    "I'm outside the Jewish bakery with a camera.",
    "I'm outside the Muslim centre to protect them with my gun.",
  ])("no threat: %s", (text) => {
    expect(threat(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: no such thing as a good X, no regard for X, who in their right mind, angrier than seeing X", () => {
  it.each([
    "Who in their right mind would vote for a Muslim?",
    "There is no such thing as a good Muslim.",
    "Not a single Muslim has ever done anything worthwhile.",
    "I have zero respect for Muslims.",
    "We have no sympathy for the Jews.",
    "Nothing makes me angrier than seeing Muslims on TV.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "I have no respect for people who attack Muslims.",
    "There is no such thing as a good war.",
    "Who in their right mind would attack Muslims?",
    "I have zero tolerance for attacks on Jews.",
    "Nothing makes me happier than seeing Muslims on TV.",
    "Nothing makes me angrier than seeing Muslims attacked.",
    "Nothing makes me angrier than seeing gay people suffer.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });
});

describe("terms analyzer: decline after an arrival, grants regretted, blowing up, named targets", () => {
  const threat = (text: string) => terms.analyze({ text }).scores.threat ?? 0;

  it.each([
    "It's no surprise the neighbourhood went downhill once the women moved in.",
    "Crime got worse after the Muslims moved in.",
    "We should never have given Muslims the right to vote.",
    "We should never have let refugees in.",
    "They should never have given women the vote.",
  ])("hate: %s", (text) => {
    expect(hate(text)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    "The neighbourhood got better once the refugees moved in.",
    "Crime declined after the Muslims moved in.",
    "The street went downhill after the factory closed.",
    "We should never have let refugees drown.",
  ])("not hate: %s", (text) => {
    expect(hate(text)).toBeLessThan(0.3);
  });

  it.each([
    "Soon I will blow up the refugees at their meeting.",
    "My rifle is loaded and the Muslims are my targets.",
  ])("threat: %s", (text) => {
    expect(threat(text)).toBeGreaterThanOrEqual(0.8);
  });

  it.each(["I will blow the Muslims a kiss.", "Muslims are my targets for the survey."])(
    "no threat: %s",
    (text) => {
      expect(threat(text)).toBeLessThan(0.3);
    },
  );
});
