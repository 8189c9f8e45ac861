import type { Localized } from "../../platform/i18n/lang";
import type { ReasonCode } from "./schemas";

/** Why the navigator suggests a level; shown under the level with the local services. */
export const reasonTexts: Record<ReasonCode, Localized> = {
  "crisis-safety-now": {
    fi: "Kerroit, että sinulla on juuri nyt ajatuksia kuolemasta tai itsesi tai jonkun toisen vahingoittamisesta. Hae apua heti: soita hätänumeroon tai kriisipuhelimeen tai mene lähimpään päivystykseen. Sinun ei tarvitse selvitä tästä yksin.",
    sv: "Du berättade att du just nu har tankar på döden eller på att skada dig själv eller någon annan. Sök hjälp genast: ring nödnumret eller en kristelefon, eller åk till närmaste jour. Du behöver inte klara det här ensam.",
    en: "You told us that you have thoughts of death or of harming yourself or someone else right now. Please get help immediately: call the emergency number or a crisis helpline, or go to the nearest emergency department. You do not have to get through this alone.",
  },
  "crisis-violence-now": {
    fi: "Kerroit, että väkivaltaa tai sen uhkaa on nyt. Jos sinä tai joku muu on vaarassa, soita hätänumeroon. Kriisiapu ja sosiaalipäivystys auttavat sinua turvaan.",
    sv: "Du berättade att det förekommer våld eller hot om våld nu. Om du eller någon annan är i fara, ring nödnumret. Krishjälpen och socialjouren hjälper dig i säkerhet.",
    en: "You told us there is violence or a threat of violence now. If you or someone else is in danger, call the emergency number. Crisis help and the social emergency service can help you get safe.",
  },
  "crisis-thoughts-with-phq9": {
    fi: "Sinulla on ollut ajatuksia, että olisi parempi olla kuollut, tai ajatuksia itsesi vahingoittamisesta, ja kerroit, että niitä on edelleen. Puhu jonkun kanssa jo tänään: kriisipuhelin ja päivystys ovat olemassa juuri tätä varten.",
    sv: "Du har haft tankar på att det vore bättre att vara död eller på att skada dig själv, och du berättade att sådana tankar finns hos dig. Tala med någon redan i dag: kristelefonen och jouren finns just för det här.",
    en: "You have had thoughts of being better off dead or of hurting yourself, and you told us these thoughts are still with you. Please talk to someone today: crisis helplines and emergency services are there for exactly this.",
  },
  "care-team-severe": {
    fi: "Olet jo hoidossa, ja nyt on vaikeaa. Ota pian yhteyttä omaan hoitotahoosi ja kerro, miten voit. He voivat muuttaa hoitoasi tai ohjata sinut eteenpäin.",
    sv: "Du får redan vård, och det är svårt just nu. Kontakta ditt eget vårdteam snart och berätta hur du mår. De kan ändra din vård eller remittera dig vidare.",
    en: "You are already in care and things are hard right now. Contact your own care team soon and tell them how you are. They can change your care or refer you on.",
  },
  "cannot-cope": {
    fi: "Kerroit, ettet selviä arjesta. Ota yhteyttä terveysasemaasi tai sote-keskukseesi tänään tai huomenna. Siellä tilanteesi arvioidaan, ja tarvittaessa sinut ohjataan lähetteellä erikoissairaanhoitoon.",
    sv: "Du berättade att du inte klarar vardagen. Kontakta din hälsostation eller social- och hälsocentral i dag eller i morgon. Där bedöms din situation, och vid behov får du remiss till specialiserad vård.",
    en: "You told us you cannot cope with daily life. Contact your health centre or sote-centre today or tomorrow. They will assess your situation and, if needed, refer you to specialised care.",
  },
  "severe-symptoms": {
    fi: "Kyselyn tulos kertoo vaikeista oireista. Ota yhteyttä terveysasemaasi lähipäivinä: hoito auttaa, ja sieltä saa tarvittaessa lähetteen erikoissairaanhoitoon.",
    sv: "Resultatet av formuläret visar svåra symtom. Kontakta din hälsostation inom de närmaste dagarna: vård hjälper, och där kan du vid behov få remiss till specialiserad vård.",
    en: "Your questionnaire result shows severe symptoms. Contact your health centre within the next few days: treatment helps, and they can refer you to specialised care if needed.",
  },
  "thoughts-of-death": {
    fi: "Sinulla on toisinaan ajatuksia kuolemasta tai itsesi tai muiden vahingoittamisesta. Niistä kannattaa puhua pian ammattilaisen kanssa. Jos ajatukset voimistuvat, hae kiireellistä apua.",
    sv: "Du har ibland tankar på döden eller på att skada dig själv eller andra. Det är bra att snart tala om dem med en yrkesperson. Om tankarna blir starkare, sök akut hjälp.",
    en: "You sometimes have thoughts of death or of harming yourself or others. They are worth talking about with a professional soon. If the thoughts get stronger, get urgent help.",
  },
  "social-work": {
    fi: "Huolesi rahasta, asumisesta, väkivallasta tai lapsesta kuormittavat elämääsi paljon. Sote-keskuksen sosiaalityöntekijä voi auttaa sekä käytännön asioissa että jaksamisessa.",
    sv: "Din oro för pengar, boende, våld eller ett barn tynger ditt liv mycket. En socialarbetare på social- och hälsocentralen kan hjälpa med både det praktiska och orken.",
    en: "Your worries about money, housing, violence or a child weigh heavily on your life. A social worker at your sote-centre can help with both the practical side and the strain.",
  },
  "substance-services": {
    fi: "Alkoholi, huumeet tai rahapelaaminen vaikuttavat arkeesi paljon. Sote-keskuksen päihde- ja riippuvuuspalvelut auttavat tuomitsematta.",
    sv: "Alkohol, droger eller penningspel påverkar din vardag mycket. Missbruks- och beroendetjänsterna på social- och hälsocentralen hjälper utan att döma.",
    en: "Alcohol, drugs or gambling affect your daily life a lot. Substance and addiction services at your sote-centre help without judging.",
  },
  "moderate-symptoms": {
    fi: "Kyselyn tulos kertoo kohtalaisista oireista. Arvio terveysasemalla on oikea seuraava askel; ohjattu omahoito tai chat voi tukea sillä välin.",
    sv: "Resultatet av formuläret visar måttliga symtom. En bedömning på hälsostationen är rätt nästa steg; guidad egenvård eller chatten kan stödja dig under tiden.",
    en: "Your questionnaire result shows moderate symptoms. An assessment at your health centre is the right next step; guided self-care or chat can support you meanwhile.",
  },
  "lasting-impact": {
    fi: "Asiat ovat kuormittaneet arkeasi paljon jo pitkään. Apua kannattaa hakea terveysasemalta tai sote-keskuksesta sen sijaan, että jatkaisit yksin.",
    sv: "Det har tyngt din vardag mycket under lång tid. Det lönar sig att söka hjälp på hälsostationen eller social- och hälsocentralen i stället för att fortsätta ensam.",
    en: "Things have weighed heavily on your daily life for a long time. It is worth getting help from your health centre or sote-centre rather than carrying on alone.",
  },
  "violence-or-child-concern": {
    fi: "Väkivaltaa tai huolta lapsesta ei kenenkään pitäisi kantaa yksin. Keskustelu ammattilaisen kanssa chatissa tai kirjallisen kysymyksen kautta on turvallinen ensimmäinen askel.",
    sv: "Våld eller oro för ett barn ska ingen behöva bära ensam. Att tala med en yrkesperson i chatten eller via en skriftlig fråga är ett tryggt första steg.",
    en: "Violence or worry about a child is something nobody should carry alone. Talking to a professional in chat or through a written question is a safe first step.",
  },
  "risky-drinking": {
    fi: "Alkoholinkäyttösi on riskirajalla tai sen yli. Asian läpikäyminen ammattilaisen kanssa, esimerkiksi chatissa, helpottaa vähentämistä.",
    sv: "Ditt alkoholbruk ligger vid eller över riskgränsen. Att prata igenom det med en yrkesperson, till exempel i chatten, gör det lättare att dra ner.",
    en: "Your drinking is at or above the risk limit. Talking it through with a professional, for example in chat, makes cutting down easier.",
  },
  "persistent-or-impact": {
    fi: "Huolesi ovat jatkuneet jo jonkin aikaa tai vaikuttavat arkeesi. Ammattilaisen tuki – ohjattu omahoito, chat, kirjallinen kysymys tai vertaisryhmä – voi auttaa eteenpäin.",
    sv: "Din oro har pågått ett tag eller påverkar din vardag. Stöd av en yrkesperson – guidad egenvård, chatt, en skriftlig fråga eller en kamratgrupp – kan hjälpa dig vidare.",
    en: "Your worries have lasted a while or affect your daily life. Support from a professional – guided self-care, chat, a written question or a peer group – can help you move forward.",
  },
  "mild-symptoms": {
    fi: "Kyselyn tulos kertoo lievistä oireista. Omahoito-ohjelma on hyvä tapa aloittaa.",
    sv: "Resultatet av formuläret visar lindriga symtom. Ett egenvårdsprogram är ett bra sätt att börja.",
    en: "Your questionnaire result shows mild symptoms. A self-care program is a good way to start.",
  },
  "self-care-program": {
    fi: "Tilanteeseesi sopii omahoito-ohjelma tai verkkotyökalu: voit edetä omaan tahtiisi ja palata siihen milloin vain.",
    sv: "Ett egenvårdsprogram eller ett verktyg på nätet passar din situation: du kan gå fram i din egen takt och återvända när du vill.",
    en: "A self-care program or online tool fits your situation: you can go at your own pace and come back to it any time.",
  },
  "information-first": {
    fi: "Luotettava tieto ja omahoitovinkit ovat hyvä alku. Jos tilanne vaikeutuu tai pitkittyy, palaa navigaattoriin.",
    sv: "Tillförlitlig information och egenvårdstips är en bra början. Om det blir svårare eller drar ut på tiden, kom tillbaka till navigatorn.",
    en: "Reliable information and self-care tips are a good start. If things get harder or go on longer, come back to the navigator.",
  },
  "already-in-care": {
    fi: "Olet jo hoidossa. Kerro näistäkin huolista hoitotahollesi; he tuntevat tilanteesi parhaiten.",
    sv: "Du får redan vård. Berätta om den här oron också för ditt vårdteam; de känner din situation bäst.",
    en: "You are already in care. Tell your care team about these worries too; they know your situation best.",
  },
};
