import terms from "@/lib/triage/terms/default-terms.json";
import { createTermsAnalyzer } from "@/lib/triage/terms/analyzer";
const a = createTermsAnalyzer(terms as any);
console.log("errors", a.errors);
const cases = process.argv.slice(2).length ? process.argv.slice(2) : [
 "Jews are rats", "Jews are not rats", "I don't hate Muslims", "Calling Jews rats is disgusting", "He wrote \"Jews are rats\" and got banned, that's antisemitic",
 "Muslims are vermin", "ISIS rats must die", "Less ISIS rats that can put up a long fight", "Never trust a Jew. They're trained to lie, cheat and steal.",
 "all muslims are terrorists", "not all muslims are terrorists", "typical jew", "ISISrael", "hasbarats will cry", "wahabimossad operators", "ZOG controls all", "(((Soros))) again",
 "Islamic State was a REAL state. ISIS removed checkpoints and ended corruption and citizens finally had law and order and security.",
 "ISIS attacked the army near Homs; fighting ISIS is hard.", "ISIS is amerika", "the USA and Israel are helping ISIS", "the OPCW report was falsified",
 "kill all muslims", "Kill every single daeshbag SAA God bless", "they should annihilate terrorists", "you imbecile", "J3ws are r@ts", "k i l l all the j e w s", "Jеws аre rаts",
 "As a Muslim, I love my Jewish neighbours who helped us", "fuck this shit", "f*ck you", "Jews are not human", "these muslum invaders", "the Jew's reign of terror",
 "Wahhabi pricks and theirs masters", "Long live the Islamic State", "Join ISIS brothers", "I want to join the mujahideen", "He joined ISIS in 2014.", "the CIA created ISIS", "ISIS was created by the CIA",
 "ISIS never, ever, attacks ISISrael", "jews control the media", "this is a false flag", "stop calling muslims terrorists",
];
for (const t of cases) {
  const r = a.analyze({ text: t });
  const sc = Object.entries(r.scores).filter(([, v]) => (v as number) > 0).map(([k, v]) => `${k}=${(v as number).toFixed(2)}`).join(" ");
  console.log(JSON.stringify(t).slice(0,70).padEnd(72), sc, r.modifiers && Object.keys(r.modifiers).length ? "mod=" + JSON.stringify(r.modifiers) : "", r.spans.map(s => `[${t.slice(s.start, s.end)}:${s.category}]`).join(""));
}
