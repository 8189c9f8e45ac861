import type { Lang, Localized } from "../../platform/i18n/lang";
import type { QuestionnaireSlug } from "./instrument-schema";
import type { BandOf, QuestionnaireFlag } from "./schemas";

/** What a result means, written by Luukku for the result page: plain, kind and honest. */
export interface ResultText {
  title: string;
  /** What the result means. */
  meaning: string;
  /** What it does not mean; always says it is not a diagnosis. */
  notMeaning: string;
  /** A concrete next step. */
  nextStep: string;
}

type BandTexts = { [S in QuestionnaireSlug]: Record<BandOf<S>, Localized<ResultText>> };

export const bandTexts: BandTexts = {
  "phq-9": {
    minimal: {
      fi: {
        title: "Vähän tai ei lainkaan masennusoireita",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana vähän tai ei lainkaan masennukseen liittyviä oireita.",
        notMeaning:
          "Tulos ei tarkoita, että kaiken pitäisi tuntua hyvältä tai ettei se, mikä sinua painaa, olisi tärkeää. Tulos ei ole diagnoosi.",
        nextStep:
          "Jos jokin silti mietityttää, artikkelimme ja omahoitovinkit ovat hyvä alku. Voit tehdä kyselyn myöhemmin uudelleen.",
      },
      sv: {
        title: "Få eller inga tecken på depression",
        meaning: "Dina svar visar få eller inga symtom på depression under de senaste två veckorna.",
        notMeaning:
          "Det betyder inte att allt måste kännas bra eller att det som tynger dig inte spelar roll. Resultatet är ingen diagnos.",
        nextStep:
          "Om något ändå bekymrar dig är våra artiklar och egenvårdstips en bra början. Du kan göra formuläret igen senare.",
      },
      en: {
        title: "Few or no signs of depression",
        meaning: "Your answers show few or no symptoms of depression over the last two weeks.",
        notMeaning:
          "It does not mean that everything has to feel fine, or that what weighs on you does not matter. This is not a diagnosis.",
        nextStep:
          "If something still troubles you, our articles and self-care tips are a good place to start. You can take the questionnaire again later.",
      },
    },
    mild: {
      fi: {
        title: "Lieviä masennusoireita",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana lieviä masennusoireita. Monella on tällaisia jaksoja esimerkiksi kuormittavassa elämäntilanteessa.",
        notMeaning:
          "Tulos ei tarkoita, että sinulla on masennus. Sen voi arvioida vain ammattilainen yhdessä kanssasi. Tulos ei ole diagnoosi.",
        nextStep:
          "Mielialan omahoito-ohjelma voi auttaa, joko itsenäisesti tai ammattilaisen tukemana. Jos oireet jatkuvat tai pahenevat, puhu ammattilaisen kanssa.",
      },
      sv: {
        title: "Lindriga symtom på depression",
        meaning:
          "Dina svar visar lindriga symtom på depression under de senaste två veckorna. Många har sådana perioder, till exempel när livet är påfrestande.",
        notMeaning:
          "Det betyder inte att du har depression. Det kan bara en yrkesperson bedöma tillsammans med dig. Resultatet är ingen diagnos.",
        nextStep:
          "Ett egenvårdsprogram för nedstämdhet kan hjälpa, på egen hand eller med stöd av en yrkesperson. Om symtomen fortsätter eller blir värre, tala med en yrkesperson.",
      },
      en: {
        title: "Mild symptoms of depression",
        meaning:
          "Your answers show mild symptoms of depression over the last two weeks. Many people have periods like this, for example when life is stressful.",
        notMeaning:
          "It does not mean you have depression. Only a professional can assess that, together with you. This is not a diagnosis.",
        nextStep:
          "A self-care program for low mood can help, on your own or with a professional's guidance. If the symptoms last or get worse, talk to a professional.",
      },
    },
    moderate: {
      fi: {
        title: "Kohtalaisia masennusoireita",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana kohtalaisia masennusoireita. Tällaiset oireet vaikeuttavat usein arkea.",
        notMeaning:
          "Tulos ei ole diagnoosi, mutta se on hyvä syy hakeutua arvioon. Masennus on yleistä, ja sitä voidaan hoitaa.",
        nextStep:
          "Ota yhteyttä terveysasemaasi, jotta tilanteesi voidaan arvioida. Odottaessasi ohjattu omahoito, chat tai omahoito-ohjelma voivat tukea sinua.",
      },
      sv: {
        title: "Måttliga symtom på depression",
        meaning:
          "Dina svar visar måttliga symtom på depression under de senaste två veckorna. Sådana symtom gör ofta vardagen tyngre.",
        notMeaning:
          "Resultatet är ingen diagnos, men det är ett gott skäl att låta bedöma din situation. Depression är vanligt och går att behandla.",
        nextStep:
          "Kontakta din hälsostation för en bedömning. Medan du väntar kan guidad egenvård, chatten eller ett egenvårdsprogram stödja dig.",
      },
      en: {
        title: "Moderate symptoms of depression",
        meaning:
          "Your answers show moderate symptoms of depression over the last two weeks. Symptoms like these often make everyday life harder.",
        notMeaning:
          "It is not a diagnosis, but it is a good reason to have your situation assessed. Depression is common and it can be treated.",
        nextStep:
          "Contact your health centre for an assessment. While you wait, guided self-care, chat or a self-care program can support you.",
      },
    },
    "moderately-severe": {
      fi: {
        title: "Melko vaikeita masennusoireita",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana melko vaikeita masennusoireita. Ne todennäköisesti kuormittavat sinua ja arkeasi paljon.",
        notMeaning:
          "Tulos ei ole diagnoosi, eikä se kerro mitään arvostasi tai siitä, miten asiasi tulevat menemään. Tämäntasoisia oireita voidaan hoitaa, ja apu auttaa.",
        nextStep:
          "Ota yhteyttä terveysasemaasi lähipäivinä ja kerro tuloksestasi. Jos olet jo hoidossa, kerro siitä hoitotahollesi.",
      },
      sv: {
        title: "Ganska svåra symtom på depression",
        meaning:
          "Dina svar visar ganska svåra symtom på depression under de senaste två veckorna. De tynger troligen dig och din vardag en hel del.",
        notMeaning:
          "Resultatet är ingen diagnos och säger ingenting om ditt värde eller om hur det kommer att gå. Symtom på den här nivån går att behandla, och hjälp fungerar.",
        nextStep:
          "Kontakta din hälsostation inom de närmaste dagarna och berätta om ditt resultat. Om du redan får vård, berätta det för ditt vårdteam.",
      },
      en: {
        title: "Moderately severe symptoms of depression",
        meaning:
          "Your answers show moderately severe symptoms of depression over the last two weeks. They probably weigh on you and your daily life quite a lot.",
        notMeaning:
          "It is not a diagnosis, and it says nothing about your worth or how things will turn out. Symptoms at this level can be treated, and help works.",
        nextStep:
          "Contact your health centre within the next few days and mention your result. If you are already in care, tell your care team.",
      },
    },
    severe: {
      fi: {
        title: "Vaikeita masennusoireita",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana vaikeita masennusoireita. Kannat nyt paljon.",
        notMeaning:
          "Tulos ei ole diagnoosi. Se ei tarkoita, että olo pysyy tällaisena: vaikeakin masennus on hoidettavissa.",
        nextStep:
          "Ota yhteyttä terveysasemaasi tänään tai huomenna, tai omaan hoitotahoosi, jos sinulla on sellainen. Jos tunnet, ettet pysty pitämään itseäsi turvassa, hae kiireellistä apua heti.",
      },
      sv: {
        title: "Svåra symtom på depression",
        meaning:
          "Dina svar visar svåra symtom på depression under de senaste två veckorna. Du bär på mycket just nu.",
        notMeaning:
          "Resultatet är ingen diagnos. Det betyder inte att det kommer att förbli så här: även svår depression går att behandla.",
        nextStep:
          "Kontakta din hälsostation i dag eller i morgon, eller ditt eget vårdteam om du har ett. Om du känner att du inte kan hålla dig själv trygg, sök akut hjälp genast.",
      },
      en: {
        title: "Severe symptoms of depression",
        meaning:
          "Your answers show severe symptoms of depression over the last two weeks. You are carrying a lot right now.",
        notMeaning:
          "It is not a diagnosis. It does not mean that things will stay like this: even severe depression can be treated.",
        nextStep:
          "Please contact your health centre today or tomorrow, or your own care team if you have one. If you feel you cannot keep yourself safe, get urgent help now.",
      },
    },
  },
  "gad-7": {
    minimal: {
      fi: {
        title: "Vähän tai ei lainkaan ahdistuneisuutta",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana vähän tai ei lainkaan ahdistuneisuutta.",
        notMeaning: "On tavallista, että huoli tai jännitys käy välillä kylässä. Tulos ei ole diagnoosi.",
        nextStep:
          "Jos huolet silti palaavat, artikkelimme ja omahoitovinkit voivat auttaa. Voit tehdä kyselyn myöhemmin uudelleen.",
      },
      sv: {
        title: "Lite eller ingen ångest",
        meaning: "Dina svar visar lite eller ingen ångest under de senaste två veckorna.",
        notMeaning: "Det är vanligt att oro eller spänning kommer och går. Resultatet är ingen diagnos.",
        nextStep:
          "Om oron ändå återkommer kan våra artiklar och egenvårdstips hjälpa. Du kan göra formuläret igen senare.",
      },
      en: {
        title: "Little or no anxiety",
        meaning: "Your answers show little or no anxiety over the last two weeks.",
        notMeaning: "It is common for worry or tension to come and go. This is not a diagnosis.",
        nextStep:
          "If worries still come back, our articles and self-care tips can help. You can take the questionnaire again later.",
      },
    },
    mild: {
      fi: {
        title: "Lievää ahdistuneisuutta",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana lieviä ahdistuneisuusoireita.",
        notMeaning: "Tulos ei tarkoita, että sinulla on ahdistuneisuushäiriö. Tulos ei ole diagnoosi.",
        nextStep:
          "Ahdistuksen ja huolien omahoito-ohjelma voi auttaa rauhoittamaan kehoa ja käsittelemään huolia. Jos oireet jatkuvat tai pahenevat, puhu ammattilaisen kanssa.",
      },
      sv: {
        title: "Lindrig ångest",
        meaning: "Dina svar visar lindriga ångestsymtom under de senaste två veckorna.",
        notMeaning: "Det betyder inte att du har ett ångestsyndrom. Resultatet är ingen diagnos.",
        nextStep:
          "Ett egenvårdsprogram för ångest och oro kan hjälpa dig att lugna kroppen och hantera oron. Om symtomen fortsätter eller blir värre, tala med en yrkesperson.",
      },
      en: {
        title: "Mild anxiety",
        meaning: "Your answers show mild anxiety symptoms over the last two weeks.",
        notMeaning: "It does not mean you have an anxiety disorder. This is not a diagnosis.",
        nextStep:
          "A self-care program for anxiety and worry can help you calm your body and handle worries. If the symptoms last or get worse, talk to a professional.",
      },
    },
    moderate: {
      fi: {
        title: "Kohtalaista ahdistuneisuutta",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana kohtalaisia ahdistuneisuusoireita. Tällä tasolla ahdistus haittaa usein arkea.",
        notMeaning:
          "Tulos ei ole diagnoosi, mutta se on hyvä syy hakeutua arvioon. Ahdistusta voidaan hoitaa hyvin.",
        nextStep:
          "Ota yhteyttä terveysasemaasi, jotta tilanteesi voidaan arvioida. Sillä välin ohjattu omahoito, chat tai omahoito-ohjelma voivat tukea sinua.",
      },
      sv: {
        title: "Måttlig ångest",
        meaning:
          "Dina svar visar måttliga ångestsymtom under de senaste två veckorna. På den här nivån står ångesten ofta i vägen för vardagen.",
        notMeaning:
          "Resultatet är ingen diagnos, men det är ett gott skäl att låta bedöma din situation. Ångest går att behandla väl.",
        nextStep:
          "Kontakta din hälsostation för en bedömning. Under tiden kan guidad egenvård, chatten eller ett egenvårdsprogram stödja dig.",
      },
      en: {
        title: "Moderate anxiety",
        meaning:
          "Your answers show moderate anxiety symptoms over the last two weeks. At this level anxiety often gets in the way of everyday life.",
        notMeaning:
          "It is not a diagnosis, but it is a good reason to have your situation assessed. Anxiety can be treated well.",
        nextStep:
          "Contact your health centre for an assessment. Meanwhile, guided self-care, chat or a self-care program can support you.",
      },
    },
    severe: {
      fi: {
        title: "Vaikeaa ahdistuneisuutta",
        meaning:
          "Vastaustesi perusteella sinulla on ollut kahden viime viikon aikana vaikeita ahdistuneisuusoireita. Sellaisen kanssa eläminen on uuvuttavaa.",
        notMeaning:
          "Tulos ei ole diagnoosi, eikä se tarkoita, että olo pysyy tällaisena. Vaikeaakin ahdistusta voidaan hoitaa.",
        nextStep:
          "Ota yhteyttä terveysasemaasi lähipäivinä tai omaan hoitotahoosi, jos sinulla on sellainen. Jos ahdistus käy sietämättömäksi tai pelkäät turvallisuutesi puolesta, hae kiireellistä apua heti.",
      },
      sv: {
        title: "Svår ångest",
        meaning:
          "Dina svar visar svåra ångestsymtom under de senaste två veckorna. Det är utmattande att leva med.",
        notMeaning:
          "Resultatet är ingen diagnos, och det betyder inte att det förblir så här. Även svår ångest går att behandla.",
        nextStep:
          "Kontakta din hälsostation inom de närmaste dagarna, eller ditt eget vårdteam om du har ett. Om ångesten blir outhärdlig eller du är rädd för din säkerhet, sök akut hjälp genast.",
      },
      en: {
        title: "Severe anxiety",
        meaning:
          "Your answers show severe anxiety symptoms over the last two weeks. That is exhausting to live with.",
        notMeaning:
          "It is not a diagnosis, and it does not mean things will stay like this. Even severe anxiety can be treated.",
        nextStep:
          "Contact your health centre within the next few days, or your own care team if you have one. If the anxiety becomes unbearable or you fear for your safety, get urgent help now.",
      },
    },
  },
  "audit-c": {
    low: {
      fi: {
        title: "Riskirajan alapuolella",
        meaning: "Alkoholinkäyttösi on ikäsi ja sukupuolesi mukaisen riskirajan alapuolella.",
        notMeaning:
          "Rajan alittuminen ei tarkoita, että alkoholi olisi haitatonta: mitä vähemmän juo, sitä pienemmät riskit. Tulos ei ole diagnoosi.",
        nextStep: "Jos haluat tietää lisää alkoholista ja terveydestä, lue artikkelimme alkoholista.",
      },
      sv: {
        title: "Under riskgränsen",
        meaning: "Ditt alkoholbruk ligger under den riskgräns som gäller för din ålder och ditt kön.",
        notMeaning:
          "Att ligga under gränsen betyder inte att alkohol är ofarligt: ju mindre du dricker, desto mindre är riskerna. Resultatet är ingen diagnos.",
        nextStep: "Om du vill veta mer om alkohol och hälsa, läs vår artikel om alkohol.",
      },
      en: {
        title: "Below the risk limit",
        meaning: "Your drinking is below the risk limit for your age and sex.",
        notMeaning:
          "Below the limit does not mean alcohol is harmless: the less you drink, the smaller the risks. This is not a diagnosis.",
        nextStep: "If you want to know more about alcohol and health, read our article on alcohol.",
      },
    },
    risky: {
      fi: {
        title: "Riskirajalla tai sen yli",
        meaning:
          "Alkoholinkäyttösi on ikäsi ja sukupuolesi mukaisella riskirajalla tai sen yli. Tällä tasolla terveyteen ja arkeen kohdistuvien haittojen riski kasvaa.",
        notMeaning:
          "Tulos ei tarkoita, että olisit riippuvainen alkoholista, eikä se ole diagnoosi. Se on merkki siitä, että juomiseen kannattaa kiinnittää huomiota.",
        nextStep:
          "Vähentäminen on helpompaa tuen kanssa: keskustele ammattilaisen kanssa chatissa, lähetä kirjallinen kysymys tai ota yhteyttä terveysasemaasi.",
      },
      sv: {
        title: "Vid eller över riskgränsen",
        meaning:
          "Ditt alkoholbruk ligger vid eller över riskgränsen för din ålder och ditt kön. På den här nivån ökar risken för skador på hälsan och i vardagen.",
        notMeaning:
          "Det betyder inte att du är beroende av alkohol, och resultatet är ingen diagnos. Det är ett tecken på att det lönar sig att se över ditt drickande.",
        nextStep:
          "Det är lättare att dra ner med stöd: chatta med en yrkesperson, skicka en skriftlig fråga eller kontakta din hälsostation.",
      },
      en: {
        title: "At or above the risk limit",
        meaning:
          "Your drinking is at or above the risk limit for your age and sex. At this level the risk of harm to your health and daily life grows.",
        notMeaning:
          "It does not mean you are dependent on alcohol, and it is not a diagnosis. It is a sign that your drinking is worth a closer look.",
        nextStep:
          "Cutting down is easier with support: chat with a professional, send a written question or contact your health centre.",
      },
    },
  },
  audit: {
    "zone-1": {
      fi: {
        title: "Pieni riski",
        meaning: "Vastaustesi perusteella alkoholinkäyttöösi liittyy pieni haittojen riski.",
        notMeaning: "Pieni riski ei ole sama kuin ei riskiä, eikä tulos ole diagnoosi.",
        nextStep: "Seuraa juomistasi silloin tällöin; alkoholiartikkelissamme on vinkkejä.",
      },
      sv: {
        title: "Låg risk",
        meaning: "Dina svar tyder på att ditt alkoholbruk medför en låg risk för skador.",
        notMeaning: "Låg risk är inte detsamma som ingen risk, och resultatet är ingen diagnos.",
        nextStep: "Håll ett öga på ditt drickande då och då; vår artikel om alkohol har tips.",
      },
      en: {
        title: "Low risk",
        meaning: "Your answers suggest that your drinking carries a low risk of harm.",
        notMeaning: "Low risk is not the same as no risk, and this is not a diagnosis.",
        nextStep: "Check in on your drinking now and then; our article on alcohol has tips.",
      },
    },
    "zone-2": {
      fi: {
        title: "Kohonnut riski",
        meaning:
          "Vastaustesi perusteella juot määriä, jotka lisäävät terveyteen ja elämään kohdistuvien haittojen riskiä.",
        notMeaning: "Tulos ei tarkoita, että olisit riippuvainen alkoholista. Tulos ei ole diagnoosi.",
        nextStep:
          "Vähentäminen kannattaa nyt. Tukea saat chatista, kirjallisista kysymyksistä ja terveysasemalta.",
      },
      sv: {
        title: "Förhöjd risk",
        meaning:
          "Dina svar tyder på att du dricker på en nivå som ökar risken för skador på hälsan och i livet.",
        notMeaning: "Det betyder inte att du är beroende av alkohol. Resultatet är ingen diagnos.",
        nextStep:
          "Det lönar sig att dra ner nu. Stöd finns i chatten, via skriftliga frågor och på hälsostationen.",
      },
      en: {
        title: "Increased risk",
        meaning:
          "Your answers suggest drinking at a level that increases the risk of harm to your health and life.",
        notMeaning: "It does not mean you are dependent on alcohol. This is not a diagnosis.",
        nextStep:
          "Cutting down now is worth it. Support is available in chat, through written questions and at your health centre.",
      },
    },
    "zone-3": {
      fi: {
        title: "Suuri riski",
        meaning:
          "Vastaustesi perusteella alkoholinkäyttösi on haitallista: alkoholi todennäköisesti jo aiheuttaa sinulle haittaa.",
        notMeaning: "Tulos ei ole diagnoosi, mutta ammattilainen voi auttaa sinua näkemään kokonaisuuden.",
        nextStep: "Puhu juomisestasi ammattilaisen kanssa terveysasemalla tai päihdepalveluissa.",
      },
      sv: {
        title: "Hög risk",
        meaning: "Dina svar tyder på skadligt drickande: alkoholen orsakar dig sannolikt redan skada.",
        notMeaning: "Resultatet är ingen diagnos, men en yrkesperson kan hjälpa dig att se helheten.",
        nextStep: "Tala med en yrkesperson om ditt drickande på hälsostationen eller inom missbruksvården.",
      },
      en: {
        title: "High risk",
        meaning: "Your answers suggest harmful drinking: alcohol is probably already causing you harm.",
        notMeaning: "It is not a diagnosis, but a professional can help you see the whole picture.",
        nextStep:
          "Talk to a professional about your drinking at your health centre or in substance-use services.",
      },
    },
    "zone-4": {
      fi: {
        title: "Erittäin suuri riski",
        meaning: "Vastaustesi perusteella saatat olla riippuvainen alkoholista.",
        notMeaning:
          "Riippuvuuden voi arvioida vain ammattilainen; tulos ei ole diagnoosi. Riippuvuutta voidaan hoitaa, ja moni toipuu.",
        nextStep:
          "Ota yhteyttä terveysasemaasi tai päihdepalveluihin. Jos juot runsaasti päivittäin, älä lopeta äkkiä yksin: kysy ammattilaiselta, miten vähentää turvallisesti.",
      },
      sv: {
        title: "Mycket hög risk",
        meaning: "Dina svar tyder på att du kan vara beroende av alkohol.",
        notMeaning:
          "Bara en yrkesperson kan bedöma beroende; resultatet är ingen diagnos. Beroende går att behandla, och många blir bättre.",
        nextStep:
          "Kontakta din hälsostation eller missbruksvården. Om du dricker mycket varje dag, sluta inte plötsligt på egen hand: fråga en yrkesperson hur du kan minska på ett säkert sätt.",
      },
      en: {
        title: "Very high risk",
        meaning: "Your answers suggest that you may be dependent on alcohol.",
        notMeaning:
          "Only a professional can assess dependence; this is not a diagnosis. Dependence can be treated, and many people recover.",
        nextStep:
          "Contact your health centre or substance-use services. If you drink heavily every day, do not stop suddenly on your own: ask a professional how to cut down safely.",
      },
    },
  },
  "who-5": {
    good: {
      fi: {
        title: "Hyvä hyvinvointi",
        meaning: "Vastaustesi perusteella hyvinvointisi on ollut kahden viime viikon aikana melko hyvää.",
        notMeaning: "Tulos ei tarkoita, ettei mikään saisi tuntua vaikealta, eikä se ole diagnoosi.",
        nextStep: "Jatka sitä, mikä sinua tukee. Omahoitovinkkimme auttavat pitämään hyvästä kiinni.",
      },
      sv: {
        title: "Gott välbefinnande",
        meaning: "Dina svar visar ett ganska gott välbefinnande under de senaste två veckorna.",
        notMeaning: "Det betyder inte att ingenting får kännas svårt, och resultatet är ingen diagnos.",
        nextStep:
          "Fortsätt med det som stöder dig. Våra egenvårdstips hjälper dig att hålla fast vid det goda.",
      },
      en: {
        title: "Good wellbeing",
        meaning: "Your answers show fairly good wellbeing over the last two weeks.",
        notMeaning: "It does not mean that nothing is allowed to feel hard, and it is not a diagnosis.",
        nextStep: "Keep doing what supports you. Our self-care tips can help you hold on to it.",
      },
    },
    poor: {
      fi: {
        title: "Heikentynyt hyvinvointi",
        meaning: "Vastaustesi perusteella hyvinvointisi on ollut kahden viime viikon aikana heikentynyttä.",
        notMeaning:
          "Tulos ei tarkoita, että sinulla on masennus; se ei ole diagnoosi. Se on merkki siitä, että vointiasi kannattaa katsoa tarkemmin.",
        nextStep:
          "Mielialaa tai ahdistusta koskeva kysely, omahoito-ohjelma tai chat ammattilaisen kanssa voivat auttaa hahmottamaan, mistä olisi apua.",
      },
      sv: {
        title: "Försämrat välbefinnande",
        meaning: "Dina svar visar ett försämrat välbefinnande under de senaste två veckorna.",
        notMeaning:
          "Det betyder inte att du har depression; resultatet är ingen diagnos. Det är ett tecken på att det lönar sig att se närmare på hur du mår.",
        nextStep:
          "Ett formulär om stämningsläge eller ångest, ett egenvårdsprogram eller en chatt med en yrkesperson kan hjälpa dig att se vad som skulle hjälpa.",
      },
      en: {
        title: "Lowered wellbeing",
        meaning: "Your answers show lowered wellbeing over the last two weeks.",
        notMeaning:
          "It does not mean you have depression; this is not a diagnosis. It is a sign that how you are doing is worth a closer look.",
        nextStep:
          "A questionnaire on mood or anxiety, a self-care program or a chat with a professional can help you see what would help.",
      },
    },
    "very-poor": {
      fi: {
        title: "Heikko hyvinvointi",
        meaning:
          "Vastaustesi perusteella hyvinvointisi on ollut kahden viime viikon aikana heikkoa. Sinulla näyttää olevan nyt raskasta.",
        notMeaning: "Tulos ei ole diagnoosi, mutta se on hyvä syy puhua ammattilaisen kanssa.",
        nextStep:
          "Ota yhteyttä terveysasemaasi, jotta vointisi voidaan arvioida, tai aloita keskustelemalla ammattilaisen kanssa chatissa. Jos tunnet, ettet jaksa, hae apua jo tänään.",
      },
      sv: {
        title: "Lågt välbefinnande",
        meaning:
          "Dina svar visar ett lågt välbefinnande under de senaste två veckorna. Det verkar vara tungt för dig just nu.",
        notMeaning: "Resultatet är ingen diagnos, men det är ett gott skäl att tala med en yrkesperson.",
        nextStep:
          "Kontakta din hälsostation för en bedömning, eller börja med att chatta med en yrkesperson. Om du känner att du inte orkar, sök hjälp redan i dag.",
      },
      en: {
        title: "Low wellbeing",
        meaning:
          "Your answers show low wellbeing over the last two weeks. Things seem heavy for you right now.",
        notMeaning: "It is not a diagnosis, but it is a good reason to talk to a professional.",
        nextStep:
          "Contact your health centre for an assessment, or start by chatting with a professional. If you feel you cannot cope, get help today.",
      },
    },
  },
};

/** Shown with the band text when a flag is set; `suicidal-ideation` goes above everything else. */
export const flagTexts: Record<QuestionnaireFlag, Localized> = {
  "suicidal-ideation": {
    fi: "Vastasit, että sinulla on ollut ajatuksia, että olisi parempi olla kuollut, tai ajatuksia itsesi vahingoittamisesta. Kiitos, että vastasit rehellisesti. Sinun ei tarvitse kantaa näitä ajatuksia yksin: puhu jonkun kanssa jo tänään. Kriisiavun yhteystiedot ovat tämän sivun alussa. Jos olet vaarassa nyt, soita hätänumeroon.",
    sv: "Du svarade att du har haft tankar på att det vore bättre att vara död eller på att skada dig själv. Tack för att du svarade ärligt. Du behöver inte bära de här tankarna ensam: tala med någon redan i dag. Kontaktuppgifter till krishjälp finns högst upp på den här sidan. Om du är i fara nu, ring nödnumret.",
    en: "You answered that you have had thoughts of being better off dead or of hurting yourself. Thank you for answering honestly. You do not have to carry these thoughts alone: please talk to someone today. Crisis contacts are at the top of this page. If you are in danger now, call the emergency number.",
  },
  minor: {
    fi: "Alkoholia ei suositella alaikäisille lainkaan. Siksi Luukku pitää alle 18-vuotiaan kohdalla kaikkea juomista (vähintään 1 piste) rajan ylittävänä. Tämä raja on Luukun oma sääntö; AUDIT-C:n viralliset riskirajat koskevat aikuisia.",
    sv: "Alkohol rekommenderas inte alls för minderåriga. Därför räknar Luukku allt drickande under 18 år (1 poäng eller mer) som över gränsen. Den här gränsen är Luukkus egen regel; de officiella riskgränserna i AUDIT-C gäller vuxna.",
    en: "Alcohol is not recommended for minors at all. That is why Luukku counts any drinking under 18 (1 point or more) as above the limit. This limit is Luukku's own rule; the official AUDIT-C risk limits are for adults.",
  },
  "dependence-symptoms": {
    fi: "Osa vastauksistasi (kysymykset 4–6) viittaa alkoholiriippuvuuden merkkeihin, kuten siihen, että juomista on vaikea lopettaa, kun sen on aloittanut. Ammattilainen voi auttaa sinua katsomaan tätä tarkemmin. Jos juot runsaasti päivittäin, kysy neuvoa ennen kuin lopetat, sillä äkillinen lopettaminen voi tehdä sinut sairaaksi.",
    sv: "En del av dina svar (frågorna 4–6) tyder på tecken på alkoholberoende, till exempel att det är svårt att sluta när du väl har börjat. En yrkesperson kan hjälpa dig att se närmare på det. Om du dricker mycket varje dag, be om råd innan du slutar, eftersom det kan göra dig sjuk att sluta plötsligt.",
    en: "Some of your answers (questions 4–6) point to signs of alcohol dependence, such as finding it hard to stop once you have started. A professional can help you look at this. If you drink heavily every day, ask for advice before you stop, as stopping suddenly can make you unwell.",
  },
  "depression-screen": {
    fi: "Tämäntasoinen tulos on syy tarkastella mielialaasi lähemmin, esimerkiksi masennuskyselyllä tai puhumalla ammattilaisen kanssa.",
    sv: "Ett resultat på den här nivån är ett skäl att se närmare på ditt stämningsläge, till exempel med ett formulär om depression eller genom att tala med en yrkesperson.",
    en: "A result at this level is a reason to look more closely at your mood, for example with a questionnaire on depression or by talking with a professional.",
  },
};

/** The text for one band in one language; `undefined` when the band does not belong to the instrument. */
export function resultText(slug: QuestionnaireSlug, band: string, lang: Lang): ResultText | undefined {
  const texts: Partial<Record<string, Localized<ResultText>>> = bandTexts[slug];
  return texts[band]?.[lang];
}
