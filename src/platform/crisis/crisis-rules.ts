import type { Lang } from "../i18n/lang";
import type { CrisisCategory } from "./crisis-types";

/**
 * Rule data for assessCrisis. Patterns are regex sources over normalised text (see CONTEXT.md):
 * words are separated by single spaces, "." ends a sentence and "," a clause, and
 *   %   = the rest of a word (a stem: "itsemurh%" matches "itsemurhaa", "itsemurha-ajatuksia"),
 *   ~N  = up to N other words in between, never across "," or ".",
 *   ä ö å also match a a o a, because people type without them.
 * A pattern always starts and ends at a word edge.
 */
export interface CueRule {
  /** Short label shown to staff. */
  reason: string;
  lang: Lang;
  categories: CrisisCategory[];
  /** 1 is enough alone; lower weights must add up with other cues of the same category. */
  weight: number;
  /** One pattern, or several that must all occur in the same sentence. */
  pattern: string | string[];
  /** False when the pattern itself is a negated statement ("en halua elää"). Default true. */
  negatable?: boolean;
  /** Explicit first-person statement: study/news framing does not suppress it. */
  self?: boolean;
  /** Often hyperbole: a joke marker (lol, haha) in the message suppresses it. */
  figurative?: boolean;
  /** Sentence-level context that cancels this cue (e.g. swimming for "jump off a bridge"). */
  unless?: string;
}

const S = "suicide" as const;
const H = "self-harm" as const;
const V = "violence-now" as const;
const C = "child-in-danger" as const;
const M = "medical-emergency" as const;

// Shared vocabulary fragments.
const pills =
  "%lääk%|pilleri%|tabletti%|tabletit|unilääk%|särkylääk%|%panadol%|%burana%|%paracetamol%|%parasetamol%|%ibupro%|%tylenol%|%sömntablett%|tablett%|piller|pills?|meds|medication%|medicin%|sleeping pills|painkillers?";
const childFi =
  "lap[sp]%|vauva%|taapero%|pikkuve%|pikkusis%|pienokai%|muksu%|kersa%|tyttö|tytön|tyttöä|tyttöni|tytär%|tyttäre%|poika|pojan|poikaa|poikani|pojalla|pojat|poikia|\\d+v|\\d+ ?vuotia%";
const childSv =
  "barn%|bebis%|lillebror%|lillasyster|småsyskon%|spädbarn%|dotter|dottern|sonen|flickan|pojken";
const childEn =
  "child%|kid|kids|baby|babies|toddler%|infant%|little (brother|sister)|baby (brother|sister)|son|daughter|boy|girl";
const child = `${childFi}|${childSv}|${childEn}`;
const hitVerb =
  "lyö|lyövät|lyönyt|löi|hakkaa|hakkaavat|hakkasi|hakataan|potkii|potki|potkivat|kuristaa|kuristi|kuristanut|pahoinpitel%|raiska%|läimii|tönii|slår|slog|sparkar|misshandla%|stryper|strypte|strypt|våldta%|hit|hits|hitting|beat|beats|beating|punch%|kick|kicks|kicked|kicking|choke%|choking|strangl%|rape%|raping|attack%|abusing";

export const cueRules: CueRule[] = [
  // ---------- suicide: Finnish ----------
  {
    reason: "suicide named",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern: "itsemurh%|itsari%|itari|itsetapp%",
  },
  { reason: "self-destructive", lang: "fi", categories: [S, H], weight: 1, pattern: "itsetuho%" },
  {
    reason: "kill oneself",
    lang: "fi",
    categories: [S],
    weight: 1,
    self: true,
    pattern: "(tapp%|tapan|tapat|tapoin) ~2 itse%|itse% ~1 hengilt%|tappaa ~1 itse%",
  },
  {
    reason: "wants to die",
    lang: "fi",
    categories: [S],
    weight: 1,
    self: true,
    pattern: "(halu%|tahdo%|tekis% mieli|tekee mieli) ~3 (kuolla|kuolla pois|pois täältä)|kuolla pois",
  },
  {
    reason: "wish to be dead",
    lang: "fi",
    categories: [S],
    weight: 1,
    self: true,
    pattern: "(toivo%|toivois%) ~5 (kuolisin|kuolis|kuolisi|kuollut|kuollu|pois)",
  },
  { reason: "would die", lang: "fi", categories: [S], weight: 0.5, pattern: "kuolisin|kuolen" },
  {
    reason: "no will to live",
    lang: "fi",
    categories: [S],
    weight: 1,
    self: true,
    negatable: false,
    pattern:
      "(en|ei|enkä|etten) ~1 (halu%|jaksa|jaksais%|tahdo%|viitsi) ~2 (elää|elä|jatkaa|olla|olemassa|herätä|herää%)",
  },
  {
    reason: "not waking up",
    lang: "fi",
    categories: [S],
    weight: 1,
    self: true,
    negatable: false,
    pattern:
      "(en|etten|enkä|ettei) ~1 heräi?si?%|(en|etten|enkä) ~1 heräis|toivo% ~5 (en|etten|enkä) ~2 herä%|nukahta% ~3 (enkä|en|eikä) ~2 herä%",
  },
  {
    reason: "sleep forever",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern: "(nukahta%|nukkua|nukkuis%|uneen) ~2 (pysyvästi|ikuisesti|lopullisesti|ikuiseen)",
  },
  {
    reason: "no reason to live",
    lang: "fi",
    categories: [S],
    weight: 1,
    negatable: false,
    pattern:
      "(ei|en|mitään) ~3 (syytä|syy|järkeä|järki|tarkoitusta|merkitystä|toivoa) ~3 (elää|elämä%|elämi%|olla olemassa|jatkaa enää|jatkaa tätä elämää)|(ei|en) ~2 elämisen arvo%",
  },
  {
    reason: "better dead",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern:
      "(parempi|parempaa|olisin) ~2 (kuollut|kuollu|kuolleena)|kuolema% ~2 (houkutt%|kiehto%|tuntuu hyvält%)",
  },
  {
    reason: "ending this",
    lang: "fi",
    categories: [S],
    weight: 0.6,
    pattern: "päätä% ~1 (tämän|tän|kaiken)",
  },
  {
    reason: "tired of living",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern: "väsy% ~1 (elämään|elämiseen|olemaan olemassa)",
  },
  {
    reason: "end it all",
    lang: "fi",
    categories: [S],
    weight: 1,
    self: true,
    pattern:
      "lopet% ~2 (kaiken|kaikki|elämä%|päiväni|tämän kaiken|tän kaiken)|loppu tälle (kaikelle|elämälle)|päättää ~1 (elämä%|päiväni)|riistää ~1 henke%",
  },
  {
    reason: "wants everything to end",
    lang: "fi",
    categories: [S],
    weight: 0.6,
    pattern: "(halu%|toivo%) ~4 (loppu%|päättyis%|päättyy%)",
  },
  {
    reason: "better off without me",
    lang: "fi",
    categories: [S],
    weight: 1,
    self: true,
    pattern: "(parempi|parempaa|helpompaa|helpompi|paremmin|onnellisempi%) ~3 ilman (minua|minuu|mua)",
  },
  {
    reason: "wish not to exist",
    lang: "fi",
    categories: [S],
    weight: 1,
    negatable: false,
    pattern:
      "jos (minua|mua) ei ~1 (olisi|ole|olis)|(en|ei) ~1 (olisi|olis) ~2 (syntyny%|syntynyt)|(en|ei) ~1 olisi olemassa",
  },
  {
    reason: "a burden",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern: "(olen|olisin|oon) ~3 taakka%|pelkkä taakka|taakka(na)? (kaikille|muille|perheelle|läheisille)",
  },
  {
    reason: "nobody would miss me",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern: "(kukaan|kenenkään) ~3 (kaipais%|kaipaa|huomais%|huomaa|välittäis%|ikävöis%)",
  },
  {
    reason: "jump from height",
    lang: "fi",
    categories: [S],
    weight: 1,
    unless: "uimaan|uida|uinti%|laskuvarjo%|benji%|laiturilta",
    pattern:
      "hyp(p|)[äa]% ~4 (silta%|sillalta|sillan|katolta|katolla|parvekkee%|parvekkeelta|junan (alle|eteen)|ikkunasta|kalliolta|alas|tornista)|(silta%|sillalla|katolla|katolle|parvekkeella) ~6 hyp%",
  },
  {
    reason: "thinks of jumping",
    lang: "fi",
    categories: [S],
    weight: 0.6,
    pattern: "(miet%|ajattel%|harki%) ~2 hyppää%",
  },
  {
    reason: "under a train or truck",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern:
      "(junan|rekan|auton|bussin|ratikan|raitiovaunun|metron) alle|ajai?s% ~2 (minun|mun) (yli|päälle)|tahallaan ~2 kolari%|kolari% tahallaan|ajaisin ~3 (puuhun|seinään|kallioon|rekkaa|rekan|vastaantule%)",
  },
  { reason: "hanging", lang: "fi", categories: [S], weight: 1, pattern: "hirt%|hirsi%|hirteen" },
  { reason: "rope", lang: "fi", categories: [S], weight: 0.6, pattern: "köysi|köyden|köyttä|silmukka%" },
  {
    reason: "gun against self",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern: ["ase|aseen|aseella|aseeni|haulikko%|pyssy%|kivääri%", "itse%|päähä%|ohimo%"],
  },
  { reason: "overdose", lang: "fi", categories: [S, M], weight: 1, pattern: "yliannost%|ylläri%" },
  {
    reason: "pills all at once",
    lang: "fi",
    categories: [S, M],
    weight: 1,
    pattern: [pills, "kerralla|koko purki%|purkillise%|purkin|liuskan|liuskallise%|\\d\\d+"],
  },
  {
    reason: "stockpiled pills",
    lang: "fi",
    categories: [S, M],
    weight: 0.7,
    pattern: [pills, "kaikki|säästä%|säästän|säästäny%|kerännyt|keräny%|hamstra%|valmiina|paljon"],
  },
  {
    reason: "how I would do it",
    lang: "fi",
    categories: [S],
    weight: 0.6,
    pattern: "miten ~2 sen (teen|tekisin|tekis|tekee|tehdä)",
  },
  { reason: "has decided how", lang: "fi", categories: [S], weight: 0.5, pattern: "päättä% ~2 miten" },
  { reason: "has a plan", lang: "fi", categories: [S], weight: 0.4, pattern: "valmiina|suunnitelma%" },
  {
    reason: "goodbye letters",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern:
      "jäähyväis%|itsemurhaviest%|(kirjoit%|kirjotin|kirjottanu%|kirjoittanu%|jätin|jätän) ~3 hyvästi%|hyvästi kaikki",
  },
  {
    reason: "letters to family",
    lang: "fi",
    categories: [S],
    weight: 0.6,
    pattern: "kirje% ~3 (perhee%|läheisil%|kaikille|vanhemmille|äidille|isälle)",
  },
  { reason: "last message", lang: "fi", categories: [S], weight: 1, pattern: "viimei?n% viesti%" },
  {
    reason: "doing it today",
    lang: "fi",
    categories: [S],
    weight: 0.7,
    pattern: "teen sen (tänään|tänä yönä|nyt|huomenna)|(tänään|tänä yönä|huomenna) ~2 teen sen",
  },
  {
    reason: "giving things away",
    lang: "fi",
    categories: [S],
    weight: 0.7,
    unless: "muut%|kirppi%|myyn|myydä",
    pattern:
      "(annoin|annan|jaoin|jaan|lahjoitin|lahjoitan|jakanut|antanut) ~3 (tavara%|omaisuu%|kaiken|lemmik%|kissa%|koira%)",
  },
  {
    reason: "won't be needed",
    lang: "fi",
    categories: [S],
    weight: 0.5,
    negatable: false,
    pattern: "(en|ei) ~3 enää tarvi%|(en|ei) ~2 tarvita enää",
  },
  {
    reason: "disappear for good",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern: "(kadota|katoa%|häviä%|kadota pois) ~2 (lopullisesti|pysyvästi|ikuisesti|maan päältä)",
  },
  {
    reason: "wants to disappear",
    lang: "fi",
    categories: [S],
    weight: 0.6,
    pattern: "halu% ~3 (kadota|hävitä|pois täältä)",
  },
  {
    reason: "thinks of death",
    lang: "fi",
    categories: [S],
    weight: 1,
    pattern:
      "(ajattel%|miet%|mietin|pohdi%|haaveil%|fantasioi%) ~3 (kuolema%|kuolemista|kuolla|kuolemisesta)",
  },
  {
    reason: "no strength left",
    lang: "fi",
    categories: [S],
    weight: 0.5,
    negatable: false,
    pattern: "(en|ei) (jaksa|kestä) ~2 (enää|tätä|mitään)|olen ~2 lopussa",
  },
  {
    reason: "no longer wants to go on",
    lang: "fi",
    categories: [S],
    weight: 0.6,
    negatable: false,
    pattern: "(en|enkä) halu% jatkaa|en halua enää mitään",
  },
  { reason: "intent time", lang: "fi", categories: [S], weight: 0.4, pattern: "tänään|tänä (yönä|iltana)" },
  // ---------- self-harm: Finnish ----------
  {
    reason: "cutting",
    lang: "fi",
    categories: [H],
    weight: 1,
    pattern: "viil(t|s|l)%|ranteet auki|ranteita auki|ranteeni",
  },
  {
    reason: "hurting oneself",
    lang: "fi",
    categories: [H],
    weight: 1,
    self: true,
    pattern:
      "(satuta%|satut%|vahingoit%|polt%|polta%|lyön|löin|raavi%|raavin) ~2 itse%|itse% ~1 (satuttami%|vahingoittami%|vahingoitta%)|(teen|tekisin|tehdä|tekee|tee) itse(lleni|llensä|lleen|lle) jotain",
  },
  {
    reason: "hitting own head",
    lang: "fi",
    categories: [H],
    weight: 1,
    pattern: "(hakka%|lyö%|löin|lyön|hakkasin) ~2 päätä% ~2 seinä%",
  },
  {
    reason: "scratching until bleeding",
    lang: "fi",
    categories: [H],
    weight: 1,
    pattern: "verille|(raavi%|raaputi%|raapi%) ~3 ihoa",
  },
  // ---------- violence now: Finnish ----------
  {
    reason: "being hit",
    lang: "fi",
    categories: [V],
    weight: 1,
    figurative: true,
    unless: "lyö vetoa|pelissä",
    pattern:
      "lyö|lyövät|lyönyt|löi|hakkaa|hakkaavat|hakkasi|hakataan|potkii|potki|potkivat|kuristaa|kuristi|kuristanut|pahoinpitel%|raiska%|läimii",
  },
  {
    reason: "death threat",
    figurative: true,
    lang: "fi",
    categories: [V],
    weight: 1,
    pattern:
      "(uhka%|uhkail%) ~4 (tappaa|tappamaan|tappavansa|puuk?ko%|veitse%|veitsel%|aseella|aseel%|hengiltä|satuttaa|lyödä)|tappaa (minut|mut|meidät|äidin|isän|hänet|kaikki)|tappavansa",
  },
  {
    reason: "fears for life",
    lang: "fi",
    categories: [V],
    weight: 1,
    pattern: "pelkää% ~2 henke%|henke% puolesta",
  },
  {
    reason: "hiding, locked in",
    lang: "fi",
    categories: [V],
    weight: 1,
    pattern:
      "(lukit%|lukkiutu%|piiloudu%|piilossa|piileskel%) ~4 (vessa%|kylppäri%|huonee%|kaappi%|kellari%)",
  },
  {
    reason: "someone coming here",
    lang: "fi",
    categories: [V],
    weight: 0.5,
    pattern:
      "(on tulossa|tulee|tuli) (tänne|tähän|kotiin|meille)|seisoo ~2 (pihalla|oven takana|ovella)|hakkaa ovea|paukuttaa ovea",
  },
  {
    reason: "weapon",
    lang: "fi",
    categories: [V],
    weight: 0.6,
    pattern: "puuk?ko%|veitse%|veitsi|veitsen|veitsellä|kirve%|ase|aseen|aseella|pyssy%",
  },
  { reason: "cry for help", lang: "fi", categories: [V], weight: 1, pattern: "huuta% ~2 apua|avunhuu%" },
  {
    reason: "screaming or bangs heard",
    lang: "fi",
    categories: [V],
    weight: 0.6,
    pattern: "(kuuluu|kuulen|kuului) ~4 (huuto%|huutoa|paukett%|pauke%|laukau%|kirkun%|kirkum%)",
  },
  {
    reason: "violent now",
    lang: "fi",
    categories: [V],
    weight: 1,
    pattern: "(on|ovat) ~2 väkivaltai%|väkivaltaa (nyt|juuri nyt)",
  },
  {
    reason: "drunk and raging",
    lang: "fi",
    categories: [V],
    weight: 0.4,
    pattern: "kännissä|humalassa|raivoaa|riehuu|heittelee",
  },
  // ---------- suicide: Swedish ----------
  { reason: "suicide named", lang: "sv", categories: [S], weight: 1, pattern: "självmord%|suicid%" },
  {
    reason: "take my life",
    lang: "sv",
    categories: [S],
    weight: 1,
    self: true,
    pattern:
      "ta livet av (mig|sig|dig)|(jag|hon|han|hen|du) tar livet av (mig|sig)|ta(r)? (mitt|sitt) liv|ta (mitt|sitt) eget liv",
  },
  {
    reason: "wants to die",
    lang: "sv",
    categories: [S],
    weight: 1,
    self: true,
    pattern: "(vill|ville|önskar|vilja) ~2 dö|(för att|sätt att|hur man) dö%|vill bara dö",
  },
  {
    reason: "does not want to live",
    lang: "sv",
    categories: [S],
    weight: 1,
    self: true,
    negatable: false,
    pattern:
      "(inte|aldrig) ~3 (leva|vakna|finnas)|(ingen|inte) ~3 (mening|värt|idé|lönt) ~3 (leva|livet|att fortsätta)",
  },
  {
    reason: "sleep and never wake",
    lang: "sv",
    categories: [S],
    weight: 1,
    negatable: false,
    pattern: "(sova|somna) ~3 (aldrig|inte) ~1 vakna",
  },
  {
    reason: "better off without me",
    lang: "sv",
    categories: [S],
    weight: 1,
    self: true,
    pattern: "(bättre|lättare|gladare|lyckligare) utan mig|vore död",
  },
  {
    reason: "wish not to exist",
    lang: "sv",
    categories: [S],
    weight: 1,
    negatable: false,
    pattern:
      "(önskar|önska) ~3 (inte fanns|var död|aldrig fötts|aldrig hade fötts)|jag inte fanns|(jag|ja) ~1 inte fanns",
  },
  {
    reason: "a burden",
    lang: "sv",
    categories: [S],
    weight: 1,
    pattern: "(är|känner mig som) ~2 (en )?börda",
  },
  {
    reason: "nobody would miss me",
    lang: "sv",
    categories: [S],
    weight: 1,
    pattern: "ingen ~3 (skulle sakna|saknar|märka|märker|bry sig|bryr sig) ~3 (mig|om jag)",
  },
  {
    reason: "jump from height",
    lang: "sv",
    categories: [S],
    weight: 1,
    unless: "bada|simma|vattnet|bryggan",
    pattern: "hoppa ~3 (framför|från|ner|bron|taket|tåget|fönstret|balkongen)|(tänker|vill|ska) hoppa",
  },
  {
    reason: "wants it to end",
    lang: "sv",
    categories: [S],
    weight: 1,
    pattern: "(vill|önskar) ~4 ta slut|ta slut på (mig|mitt liv)",
  },
  { reason: "hanging", lang: "sv", categories: [S], weight: 1, pattern: "hänga mig|hängde mig|snara" },
  {
    reason: "pills all at once",
    lang: "sv",
    categories: [S, M],
    weight: 1,
    pattern: [pills, "hela (burken|kartan|förpackningen)|alla på en gång|\\d\\d+|överdos%"],
  },
  {
    reason: "stockpiled pills",
    lang: "sv",
    categories: [S, M],
    weight: 0.7,
    pattern: [pills, "samla%|samlat|alla|massa|många|sparat|redo"],
  },
  {
    reason: "goodbye letter",
    lang: "sv",
    categories: [S],
    weight: 1,
    pattern: "avskedsbrev%|självmordsbrev%|(skrivit|skrev) ~3 (farväl|adjö)",
  },
  {
    reason: "giving things away",
    lang: "sv",
    categories: [S],
    weight: 1,
    unless: "flytt%|loppis%|sälja",
    pattern: "ge% bort ~1 (mina|alla mina) (saker|grejer|djur)",
  },
  {
    reason: "disappear for good",
    lang: "sv",
    categories: [S],
    weight: 1,
    pattern: "försvinn% ~2 (för gott|för alltid|för evigt)",
  },
  { reason: "wants to disappear", lang: "sv", categories: [S], weight: 0.6, pattern: "vill ~2 försvinna" },
  {
    reason: "thinks of death",
    lang: "sv",
    categories: [S],
    weight: 1,
    pattern: "(tänker|funderar|fantiserar) ~3 (döden|att dö)",
  },
  { reason: "no way out", lang: "sv", categories: [S], weight: 0.6, pattern: "ingen utväg" },
  { reason: "giving up", lang: "sv", categories: [S], weight: 0.4, pattern: "ger upp|gett upp" },
  {
    reason: "no strength left",
    lang: "sv",
    categories: [S],
    weight: 0.5,
    negatable: false,
    pattern: "orkar inte ~1 (mer|längre)|inte orkar|klarar inte mer",
  },
  { reason: "intent time", lang: "sv", categories: [S], weight: 0.4, pattern: "ikväll|i natt|idag" },
  // ---------- self-harm: Swedish ----------
  {
    reason: "self-harm",
    lang: "sv",
    categories: [H],
    weight: 1,
    self: true,
    pattern:
      "självskad%|(skada%|skadar|skär|skar|skurit|bränner|bränt|brände|rispar|rispat|river) (mig|sig)( själv)?",
  },
  // ---------- violence now: Swedish ----------
  {
    reason: "being hit",
    lang: "sv",
    categories: [V],
    weight: 1,
    figurative: true,
    pattern:
      "slår (mig|oss|mamma|pappa|henne|honom|min%|sin%|ihjäl)|slog (mig|oss|mamma|henne)|misshandla%|stryper|strypte|strypt|våldta%|sparkar (mig|oss)|slår sönder",
  },
  {
    reason: "death threat",
    figurative: true,
    lang: "sv",
    categories: [V],
    weight: 1,
    pattern: "hot% ~4 (döda|mörda|slå|skada|kniv%|pistol%|vapen)|(ska|kommer att) döda (mig|oss|henne|mamma)",
  },
  {
    reason: "fears for life",
    lang: "sv",
    categories: [V],
    weight: 1,
    pattern: "rädd för mitt liv|rädd för (våra|mina) liv",
  },
  {
    reason: "hiding, locked in",
    lang: "sv",
    categories: [V],
    weight: 1,
    pattern: "(låst in|låste in|gömmer|gömt|gömde) ~2 (oss|mig)",
  },
  {
    reason: "someone coming here",
    lang: "sv",
    categories: [V],
    weight: 0.5,
    pattern: "på väg hit|kommer hit|utanför dörren|bankar på dörren",
  },
  { reason: "weapon", lang: "sv", categories: [V], weight: 0.6, pattern: "kniv%|vapen|pistol%|yxa%" },
  {
    reason: "screaming heard",
    lang: "sv",
    categories: [V],
    weight: 0.6,
    pattern: "(hör|hörs|hörde) ~3 (skrik%|skott|smällar)|skriker på hjälp",
  },
  { reason: "violent now", lang: "sv", categories: [V], weight: 1, pattern: "(är|blir) ~2 våldsam%" },
  // ---------- suicide: English ----------
  { reason: "suicide named", lang: "en", categories: [S], weight: 1, pattern: "suicid%|unalive%" },
  {
    reason: "kill oneself",
    lang: "en",
    categories: [S],
    weight: 1,
    self: true,
    pattern:
      "kill(ing|s|ed)? (myself|my self|herself|himself|themselves|themself)|shoot(ing)? myself|hang(ing)? myself",
  },
  {
    reason: "end my life",
    lang: "en",
    categories: [S],
    weight: 1,
    self: true,
    pattern:
      "(end|ending|take|taking) (my|her|his|their) (own )?life|end(ing)? it all|(about|of) end(ing)? it|ways? to end it|(want|going|ready) to end it|feel like dying|(it all|everything|all of this|my life) to (end|stop|be over)",
  },
  {
    reason: "wants to die",
    lang: "en",
    categories: [S],
    weight: 1,
    self: true,
    pattern:
      "(want|wants|wanted|wish|wishing|ready|going|planning|plan) to die|(want|wants|wish) ~1 (to be|i was|i were) dead|(way|ways|how) to die|(way|ways|how) to kill myself",
  },
  {
    reason: "would be better dead",
    lang: "en",
    categories: [S],
    weight: 1,
    pattern: "better off (without me|dead|if i)|if i (was|were) (dead|gone|not here|not around)",
  },
  {
    reason: "does not want to live",
    lang: "en",
    categories: [S],
    weight: 1,
    self: true,
    negatable: false,
    pattern:
      "(not|no longer|never) ~1 want to (live|be alive|be here|exist|wake up|go on)|(not|no) (sure|certain) ~1 want to (live|be here|go on)|want to be here ~2 (longer|anymore)",
  },
  {
    reason: "never wake up",
    lang: "en",
    categories: [S],
    weight: 1,
    negatable: false,
    pattern:
      "never wake up|(sleep|sleeping) ~4 (never|not) wake up|(wish|hope|want) ~3 (not|never) ~1 wake up",
  },
  {
    reason: "no reason to live",
    lang: "en",
    categories: [S],
    weight: 1,
    negatable: false,
    pattern:
      "no (reason|point) ~4 (live|living|go on|going on|be alive)|(not|no) (worth|point) living|done with (life|living)|tired of (living|being alive)",
  },
  {
    reason: "no point anymore",
    lang: "en",
    categories: [S],
    weight: 0.6,
    negatable: false,
    pattern: "(see|is|no) ~1 point ~2 anymore|no way out|any way out|nothing to live for",
  },
  {
    reason: "a burden",
    lang: "en",
    categories: [S],
    weight: 1,
    pattern: "(am|feel like|being) ~2 (a )?burden",
  },
  {
    reason: "nobody would miss me",
    lang: "en",
    categories: [S],
    weight: 0.7,
    pattern: "(nobody|no one|noone) ~3 (miss|notice|care|cares)",
  },
  {
    reason: "jump from height",
    lang: "en",
    categories: [S],
    weight: 1,
    unless: "swim%|lake|pool|dive|diving|parachut%|bungee",
    pattern:
      "jump% ~3 (off|from|in front of|out of) ~2 (a |the |my )?(bridge|roof|building|train|balcony|window|cliff|tower)|(thinking|think|thought) ~2 (about|of) jumping",
  },
  {
    reason: "crash on purpose",
    lang: "en",
    categories: [S],
    weight: 1,
    pattern:
      "(driv%|crash%) ~3 (into|off) ~2 (a |the )?(tree|wall|truck|bridge|cliff|lake|traffic)|step in front of",
  },
  { reason: "overdose", lang: "en", categories: [S, M], weight: 1, pattern: "overdos%|od ?d" },
  {
    reason: "pills all at once",
    lang: "en",
    categories: [S, M],
    weight: 1,
    pattern: [pills, "whole (bottle|pack|box)|all at once|all of (them|my)|\\d\\d+|handful"],
  },
  {
    reason: "stockpiled pills",
    lang: "en",
    categories: [S, M],
    weight: 0.7,
    pattern: [pills, "stockpil%|saving|saved|ready|plan|bunch|all"],
  },
  {
    reason: "goodbye letters",
    lang: "en",
    categories: [S],
    weight: 1,
    pattern:
      "goodbye (letter|letters|note|notes|message|messages)|suicide note|farewell (letter|note)|(wrote|writing|write|written) ~3 goodbye",
  },
  {
    reason: "giving things away",
    lang: "en",
    categories: [S],
    weight: 0.7,
    unless: "moving|move|sell%|declutter%",
    pattern:
      "giv% ~3 (my )?(stuff|things|belongings|possessions|everything) away|giv% away ~1 (my )?(stuff|things|belongings|possessions)",
  },
  {
    reason: "remember me by",
    lang: "en",
    categories: [S],
    weight: 0.6,
    pattern: "remember me by|after i am gone|when i am gone",
  },
  {
    reason: "last message",
    lang: "en",
    categories: [S],
    weight: 1,
    pattern: "(my )?last message|final message",
  },
  {
    reason: "about to jump",
    lang: "en",
    categories: [S],
    weight: 0.6,
    unless: "swim%|lake|pool|dive|diving|parachut%|bungee|trampoline",
    pattern: "(going|want|about|ready) to jump",
  },
  {
    reason: "disappear forever",
    lang: "en",
    categories: [S],
    weight: 1,
    pattern: "disappear% ~2 (forever|for good|permanently)|(want|wish) ~2 (disappear|vanish)",
  },
  { reason: "dying", lang: "en", categories: [S], weight: 0.4, figurative: true, pattern: "dying|die" },
  {
    reason: "no strength left",
    lang: "en",
    categories: [S],
    weight: 0.5,
    negatable: false,
    pattern:
      "can not (do|take|go on) ~2 (anymore|any more|any longer)|can not go on|tired of everything|give up on (everything|life)|hate (myself|my life)",
  },
  {
    reason: "intent time",
    lang: "en",
    categories: [S],
    weight: 0.4,
    pattern: "tonight|today|tonight is the night",
  },
  { reason: "has a plan", lang: "en", categories: [S], weight: 0.4, pattern: "(have|got|made) a plan|rope" },
  // ---------- self-harm: English ----------
  {
    reason: "self-harm",
    lang: "en",
    categories: [H],
    weight: 1,
    self: true,
    pattern:
      "self ?harm%|selfharm%|(cut|cuts|cutting|hurt|hurts|hurting|harm|harming|burn|burned|burnt|burning|scratch%|punish%) (myself|herself|himself|themselves|my (arm|arms|wrist|wrists|thigh|thighs|legs|skin))|(been|started|keep|am|was) cutting( again)?|cutting again|relaps%",
  },
  // ---------- violence now: English ----------
  {
    reason: "being hit",
    lang: "en",
    categories: [V],
    weight: 1,
    figurative: true,
    pattern:
      "(hitting|beating|punching|kicking|choking|chokes|strangling|stabbing|attacking|hurting|raping|hits|beats) (me|us|my|her|him|a|someone|mom|mum|dad)|(hit|punched|kicked|choked|strangled|stabbed|beat|attacked) (me|us)|(keeps|keep) (hitting|hurting|beating)",
  },
  {
    reason: "death threat",
    figurative: true,
    lang: "en",
    categories: [V],
    weight: 1,
    pattern:
      "threat% ~4 (kill|hurt|stab|shoot|knife|gun)|(he|she|they) (will|would|is going to|are going to|says he will|says she will) (kill|shoot|stab|hurt) (me|us|her|him|them|my)|going to kill (me|us)|says he will (kill|shoot|hurt)",
  },
  {
    reason: "fears for life",
    lang: "en",
    categories: [V],
    weight: 1,
    pattern: "(afraid|scared|fear|fearing) (for|of) (my|our) lives?|(not|never) feel safe",
  },
  {
    reason: "hiding, locked in",
    lang: "en",
    categories: [V],
    weight: 1,
    pattern:
      "hiding (in|from|under)|locked (myself|ourselves|us|herself|himself) in|(will not|wont) let me (leave|go|out)",
  },
  {
    reason: "someone coming or breaking in",
    lang: "en",
    categories: [V],
    weight: 0.6,
    pattern:
      "(is|are) coming|on (his|her|their|the) way|outside my (door|window|house|flat)|banging on|smashing|breaking (in|down)|coming (here|over|back)",
  },
  { reason: "weapon", lang: "en", categories: [V], weight: 0.6, pattern: "knife|gun|weapon|axe" },
  {
    reason: "violent now",
    lang: "en",
    categories: [V],
    weight: 1,
    pattern: "(is|are|gets|getting) ~1 (violent|abusive)",
  },
  // ---------- child in danger (all languages) ----------
  {
    reason: "child being hurt",
    lang: "en",
    categories: [C, V],
    weight: 1,
    figurative: true,
    pattern: [child, hitVerb],
  },
  {
    reason: "child alone",
    lang: "en",
    categories: [C],
    weight: 0.5,
    pattern: [child, "yksin|yksinään|ensam|ensamt|ensamma|alone|on (her|his|their) own"],
  },
  {
    reason: "child alone for long",
    lang: "en",
    categories: [C],
    weight: 0.5,
    pattern: [
      child,
      "viikonlo%|koko (päivän|yön|viikon)|weekend|helgen|päivää|päivän|vuorokau%|yötä|yön|days|nights|dygn|dagar|sedan i (går|förrgår)|since (yesterday|friday|monday|last night)|lähti eilen|ei ole tullut|hasnt come|gone|inte kommit",
    ],
  },
  {
    reason: "child distressed",
    lang: "en",
    categories: [C],
    weight: 0.5,
    pattern: [child, "itke%|huuta%|crying|screaming|cries|gråter|skriker"],
  },
  {
    reason: "child exposed",
    lang: "en",
    categories: [C],
    weight: 0.6,
    pattern: [
      child,
      "pakkase%|ilman vaatteita|parveke%|balcony|in the cold|ingen vuxen|no adult|ei aikuista|balkong%|i kylan|ute i kylan|näl%|hungry|svält%",
    ],
  },
  {
    reason: "child unfed",
    lang: "en",
    categories: [C],
    weight: 0.7,
    negatable: false,
    pattern: [
      child,
      "(ei|eikä) ~2 (syöny%|syönyt)|ilman ruokaa|(not|never) eaten|no food|utan mat|ingen mat|inte ätit",
    ],
  },
  {
    reason: "carer drunk or unable",
    lang: "en",
    categories: [C],
    weight: 0.6,
    negatable: false,
    pattern: [child, "kännissä|humalassa|sammunut|sammuksissa|full|berusad|drunk|high|passed out|däckad"],
  },
  {
    reason: "carer unable to care",
    lang: "en",
    categories: [C],
    weight: 0.6,
    negatable: false,
    pattern: [
      child,
      "(ei|en|ettei|eikä) (pysty|pystys|osaa|jaksa) ~2 (huolehti%|hoitaa)|(inte|not) ~2 (ta hand|take care|look after)",
    ],
  },
  // ---------- medical emergency (all languages) ----------
  {
    reason: "not breathing or unconscious",
    lang: "en",
    categories: [M],
    weight: 1,
    negatable: false,
    pattern:
      "ei hengitä|(not|isnt) breathing|andas inte|(huulet|huulet ovat|lips are) ~1 (siniset|blue)|blue lips|tajuton%|tajuttomana|unconscious|medvetslös|(ei|eikä) herää|(will not|can not) wake (her|him|them|up)|vaknar inte",
  },
  {
    reason: "heavy bleeding",
    lang: "en",
    categories: [M],
    weight: 1,
    negatable: false,
    pattern:
      "vuota% ~3 (verta|enemmän)|verenvuo% ~2 (ei lopu|ei loppu)|bleeding (a lot|heavily|badly)|(blood|bleeding) ~2 (will not|wont) stop|blöder (mycket|kraftigt)|(ei|eikä) ~1 (meinaa|lopu) ~1 loppu",
  },
  {
    reason: "cannot breathe",
    lang: "en",
    categories: [M],
    weight: 0.6,
    negatable: false,
    pattern: "en saa henkeä|can not breathe|kan inte andas|rintakipu%|chest pain",
  },
  {
    reason: "has taken pills",
    lang: "en",
    categories: [S, M],
    weight: 0.5,
    pattern: [pills, "otin|ottanut|ottanu|nielin|popsin|tagit|tog|took|taken|swallowed"],
  },
  {
    reason: "took something just now",
    lang: "en",
    categories: [M, S],
    weight: 0.6,
    pattern: "(otin|nielin|took|tog|tagit|swallowed) ~4 (tunti%|hour|timme|sitten|ago|sedan|äsken|just)",
  },
];

/** Idioms and other spans removed before cues are matched (figure of speech, a death that is not a present risk). */
export const neutralizers: { reason: string; pattern: string }[] = [
  {
    reason: "fi idiom",
    pattern:
      "kuol% ~2 (nauruun|nauruu|tylsyyteen|tylsyydestä|häpeästä|häpeään|nälkään|janoon|kateudesta|jännityksestä|innosta|ikävään|uteliaisuudesta|kuumuuteen)|meinasin kuolla|olin kuolla|kuollakse%|kuoleman?väsy%|kuolemanpelko%|kuolemanvakav%|kuolett%|kuollu(t)? väsy%|ihan kuollu(t)?|tappavan%|tap(pa|e)% aika%|tapan (sinut|sut|teidät) jos|(työ|koulu|stressi|tämä|kiire|helle|kuumuus|opiskelu|lapset|liikenne|homma|duuni) ~1 tappaa (minut|mut|minua)|tappaa (minut|mut) (vielä|hitaasti)",
  },
  {
    reason: "sv idiom",
    pattern:
      "dö(r|g)? (nästan )?av (skratt|tristess|tråkighet|skam|längtan|nyfikenhet|värme|hunger)|dog nästan|skratta% ihjäl|skäms ihjäl|döds(trött|rädd|skön|snygg|sugen|tråkig|less)%|(jobbet|skolan|stressen|barnen|värmen|tentan|det här|den här|det|trafiken|plugget|ungarna|chefen) ~2 tar livet av mig|sjunka genom jorden",
  },
  {
    reason: "en idiom",
    pattern:
      "dying (to|for|of)|die (of|from) (embarrassment|laughter|boredom|shame|cringe)|(could|would|going to) die (of|from)|to die for|kill(ing)? time|kill for (a|an|some)|killed (it|me)|killing it|(is|are|was|were) killing me|death of me|dead (tired|serious|end|beat|on)|deadline%|drop dead|(kill|killing|killed) (the )?(weeds|bugs|mosquito%|spider%|zombie%|boss%|dragon%|germs|bacteria|lights|engine|mood|vibe)|(feet|back|legs|head) (is|are) killing me|killed me",
  },
  {
    reason: "bereavement",
    pattern:
      "(teki|tehnyt|tehny|tekivät) itsemurhan|(kuoli|kuollut|kuollu) itsemurhaan|menehtyi itsemurhaan|itsemurhan (tehnyt|tehneen|jälkeen|kautta)|died (by|of) suicide|committed suicide|(killed|shot|hanged) (himself|herself|themselves)|took (his|her|their) (own )?life|(lost|loss of) ~3 to suicide|tog (sitt|sitt eget) liv|tog livet av sig|begick självmord|förlorat ~3 i självmord|efter ett självmord",
  },
];

/** Third-person study, news or fiction framing: suppresses cues that are not explicit first-person statements. */
export const framing =
  "essee%|essä%|gradu%|tutkielm%|opinnäyt%|tutkimu%|tilasto%|uutis%|artikkel%|kirja|kirjan|kirjassa|novelli%|elokuv%|dokkari%|dokumentti%|luento%|koulutu%|ehkäisy%|ennaltaehkäi%|tunnista%|varoitusmerk%|uppsats%|forskning%|statistik%|artikel%|romanen|boken|filmen|utbildning%|förebygg%|prevention|preventing|awareness|essay|thesis|research%|statistic%|article%|novel|documentary|podcast%|training|volunteer%|lecture|history|warning signs|recogni[sz]e";

/** Markers that something happened long ago; cues in that sentence are suppressed unless the message signals it is back now. */
export const farPast =
  "\\d+ (vuotta|vuoden) sitten|vuosia sitten|vuosi sitten|kauan sitten|aikoinaan|teininä|nuorena|lapsena|kun olin (pieni|nuori|lapsi|teini)|nuoruudessa|siitä on ~1 (vuosia|kauan)|(\\d+|many|several|a few|some|two|three|four|five|ten|few) years ago|years ago|long ago|long time ago|as a (teen|teenager|kid|child)|when i was (a kid|a child|young|little|younger|a teen%)|in my (teens|youth)|used to|(\\d+|många|flera|några|tio|fem|två|tre) år sedan|länge sedan|som (tonåring|barn|ung)|när jag var (liten|ung|barn|tonåring)|i min ungdom";

/** Present-time markers that keep past-framed cues alive ("ten years ago, and now again"). */
export const presentAgain =
  "taas|uudestaan|uudelleen|jälleen|nykyään|viime aikoina|tällä hetkellä|again|lately|recently|these days|nowadays|currently|right now|igen|återigen|på sistone|numera|just nu|tonight|ikväll|tänä yönä";

/** Accidental injury: suppresses self-harm cues in the sentence. */
export const accident =
  "vahingossa|vahingos|sormee%|sormen|keittiö%|leipää|ruokaa laitta%|partaa|accident%|shaving|cooking|kitchen|finger|av misstag|fingret|lagade mat|rakade";

/** Joke markers: suppress cues marked figurative anywhere in the message. */
export const jest = "lol|haha%|hehe%|xd|jk|lmao|lmfao|rofl|hihi%";

/** Negators, and words after a negator that mean it does not govern the cue ("en tiedä miksi haluan kuolla"). */
export const negators = new Set(
  "en ei emme ette eivät enkä eikä etkä ettei etten inte icke ej aldrig not never".split(" "),
);
export const nonGoverning = new Set(
  "tiedä tiiä tieä jaksa kestä pysty voi osaa keksi saa kukaan mikään mitään kiinnosta vet orkar klarar kan står sluta slutar know care stop help cope handle take stand sleep eat see understand sure think feel".split(
    " ",
  ),
);
/** Words that end the clause a negator can reach. */
export const clauseBreaks = new Set([
  ",",
  ".",
  "mutta",
  "mut",
  "vaan",
  "but",
  "men",
  "although",
  "though",
  "koska",
  "because",
  "eftersom",
]);
