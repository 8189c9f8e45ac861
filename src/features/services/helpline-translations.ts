import type { Lang } from "../../platform/i18n/lang";

/**
 * Our own Swedish and English display names where `helplines.csv` has none, and the hours of each row in
 * plain words in all three languages. The facts (days and times) are those of `hours_fi`; editorial
 * notes such as "(lähde 06/2022, tarkista)" and superseded or past hours are left out of the display text.
 * No phone numbers here except ones that appear in the CSV row itself.
 */
export interface HelplineTranslation {
  name?: Partial<Record<Exclude<Lang, "fi">, string>>;
  hours?: Record<Lang, string>;
}

export const helplineTranslations: Readonly<Record<string, HelplineTranslation>> = {
  "emergency-112": {
    hours: {
      fi: "Hätätilanteissa. Soittaminen on maksutonta, myös lukitusta puhelimesta tai ilman SIM-korttia. Hätätekstiviestin voi lähettää, jos on rekisteröitynyt palveluun etukäteen.",
      sv: "I nödsituationer. Samtalet är avgiftsfritt, också från en låst telefon eller utan SIM-kort. Nöd-sms kan skickas om du har registrerat dig för tjänsten i förväg.",
      en: "In emergencies. Calls are free, also from a locked phone or without a SIM card. You can send an emergency text message if you have registered for the service in advance.",
    },
  },
  "sosiaali-ja-kriisipaivystys": {
    name: {
      sv: "Social- och krisjouren (välfärdsområdet)",
      en: "Social and crisis emergency service (wellbeing services county)",
    },
    hours: {
      fi: "Ympäri vuorokauden (24/7). Kiireellisessä tilanteessa soita 112, niin hätäkeskus välittää asian sosiaalipäivystykseen. Hyvinvointialueella on lisäksi oma suora numero.",
      sv: "Dygnet runt (24/7). Ring 112 i en brådskande situation, så förmedlar nödcentralen ärendet till socialjouren. Välfärdsområdet har också ett eget direktnummer.",
      en: "24 hours a day (24/7). In an urgent situation call 112 and the emergency centre passes the matter on to the social emergency service. Your wellbeing services county also has its own direct number.",
    },
  },
  "paivystysapu-116117": {
    name: { sv: "Jourhjälpen 116117", en: "Medical helpline 116117" },
    hours: {
      fi: "Ympäri vuorokauden (24/7), maksuton. Virka-aikana ota ensin yhteyttä omaan terveysasemaan.",
      sv: "Dygnet runt (24/7), avgiftsfritt. Under tjänstetid kontaktar du i första hand din egen hälsostation.",
      en: "24 hours a day (24/7), free of charge. During office hours, contact your own health centre first.",
    },
  },
  "mieli-kriisipuhelin-fi": {
    hours: {
      fi: "Ympäri vuorokauden, joka päivä (suomeksi).",
      sv: "Dygnet runt, alla dagar (på finska).",
      en: "24 hours a day, every day (in Finnish).",
    },
  },
  "mieli-kriisipuhelin-sv": {
    name: { en: "MIELI Crisis Helpline in Swedish" },
    hours: {
      fi: "ma ja ke klo 16–20; ti, to ja pe klo 9–13.",
      sv: "må och ons kl. 16–20; tis, tors och fre kl. 9–13.",
      en: "Mon and Wed 16:00–20:00; Tue, Thu and Fri 9:00–13:00.",
    },
  },
  "mieli-crisis-helpline-en": {
    name: { sv: "MIELI rf:s kristelefon på engelska" },
    hours: { fi: "pe klo 9–13.", sv: "fre kl. 9–13.", en: "Fridays 9:00–13:00." },
  },
  "mieli-kriisipuhelin-uk": { name: { sv: "MIELI rf:s kristelefon på ukrainska" } },
  "mieli-kriisipuhelin-ru": { name: { sv: "MIELI rf:s kristelefon på ryska" } },
  "nuorten-kriisipiste": { name: { en: "Crisis Point for Young People (HelsinkiMissio)" } },
  "mll-lasten-ja-nuorten-puhelin": {
    name: { en: "Children and Youth Helpline (MLL)" },
    hours: {
      fi: "Joka päivä. Chat joka päivä klo 17–20. Ammattilaiset (Nuorten tukilinja) vastaavat iltaisin klo 24 saakka.",
      sv: "Alla dagar. Chatten alla dagar kl. 17–20. Yrkespersoner (Nuorten tukilinja) svarar på kvällarna fram till kl. 24.",
      en: "Every day. Chat every day 17:00–20:00. Professionals (Nuorten tukilinja, the youth support line) answer in the evenings until midnight.",
    },
  },
  "mll-lasten-ja-nuorten-puhelin-sv": {
    name: { en: "Children and Youth Helpline in Swedish (MLL)" },
    hours: {
      fi: "ma ja ti klo 14–17; ke ja to klo 14–20.",
      sv: "må och tis kl. 14–17; ons och tors kl. 14–20.",
      en: "Mon and Tue 14:00–17:00; Wed and Thu 14:00–20:00.",
    },
  },
  nollalinja: {
    name: { sv: "Nollalinja – hjälptelefon vid våld i nära relationer" },
    hours: {
      fi: "Puhelin ympäri vuorokauden, vuoden jokaisena päivänä; chat ma–ke klo 9–15 ja to–pe klo 14–20. Maksuton, eikä näy puhelinlaskussa. Ulkomailta +358 80 005 005.",
      sv: "Telefonen dygnet runt, årets alla dagar; chatten mån–ons kl. 9–15 och tors–fre kl. 14–20. Avgiftsfritt och syns inte på telefonräkningen. Från utlandet +358 80 005 005.",
      en: "Phone 24 hours a day, every day of the year; chat Mon–Wed 9:00–15:00 and Thu–Fri 14:00–20:00. Free, and it does not show on your phone bill. From abroad +358 80 005 005.",
    },
  },
  "nollalinja-116016": {
    name: { sv: "Nollalinja (europeiskt nummer 116 016)", en: "Nollalinja (European number 116 016)" },
    hours: {
      fi: "Kuten Nollalinja: puhelut ohjautuvat Nollalinjalle. Maksuton.",
      sv: "Som Nollalinja: samtalen kopplas till Nollalinja. Avgiftsfritt.",
      en: "As Nollalinja: calls go through to Nollalinja. Free of charge.",
    },
  },
  "riku-auttava-puhelin": {
    name: { sv: "Brottsofferjouren (RIKU) – hjälptelefon", en: "Victim Support Finland (RIKU) – helpline" },
    hours: {
      fi: "ma–pe suomeksi klo 9–20 ja ruotsiksi klo 12–14; RIKUchat arkisin klo 9–15, maanantaisin myös klo 17–19. Maksuton, ja voit soittaa nimettömänä.",
      sv: "mån–fre på finska kl. 9–20 och på svenska kl. 12–14; RIKUchatten vardagar kl. 9–15, på måndagar också kl. 17–19. Avgiftsfritt, och du kan ringa anonymt.",
      en: "Mon–Fri in Finnish 9:00–20:00 and in Swedish 12:00–14:00; RIKUchat on weekdays 9:00–15:00, on Mondays also 17:00–19:00. Free, and you can call without giving your name.",
    },
  },
  "riku-juristin-puhelinneuvonta": {
    name: {
      sv: "Brottsofferjouren – juridisk rådgivning per telefon",
      en: "Victim Support Finland – legal advice by phone",
    },
    hours: { fi: "ma–to klo 17–19.", sv: "mån–tors kl. 17–19.", en: "Mon–Thu 17:00–19:00." },
  },
  myrkytystietokeskus: {
    hours: {
      fi: "Ympäri vuorokauden, maksuton. Varanumero 09 471 977 (tavallinen puhelun hinta).",
      sv: "Dygnet runt, avgiftsfritt. Reservnummer 09 471 977 (vanligt samtalspris).",
      en: "24 hours a day, free of charge. Reserve number 09 471 977 (normal call charge).",
    },
  },
  peluuri: {
    name: { sv: "Peluuri – hjälptelefon för spelproblem", en: "Peluuri – gambling helpline" },
    hours: {
      fi: "Arkisin klo 12–18. Maksuton, ja voit soittaa nimettömänä.",
      sv: "Vardagar kl. 12–18. Avgiftsfritt, och du kan ringa anonymt.",
      en: "Weekdays 12:00–18:00. Free, and you can call without giving your name.",
    },
  },
  paihdelinkki: {
    name: {
      sv: "Päihdelinkki (information om rusmedel på nätet)",
      en: "Päihdelinkki (substance use information online)",
    },
    hours: {
      fi: "Verkkopalvelu: testejä ja tietoa.",
      sv: "Webbtjänst: tester och information.",
      en: "Online service: tests and information.",
    },
  },
  "ehyt-paihdeneuvonta": {
    name: { sv: "Rådgivning om rusmedel (EHYT)", en: "Substance use advice line (EHYT)" },
    hours: {
      fi: "Ympäri vuorokauden, vuoden jokaisena päivänä. Maksuton ja nimetön. Lisäksi Mobiilivinkki-tekstiviestipalvelu 18182.",
      sv: "Dygnet runt, årets alla dagar. Avgiftsfritt och anonymt. Dessutom sms-tjänsten Mobiilivinkki 18182.",
      en: "24 hours a day, every day of the year. Free and anonymous. Also the Mobiilivinkki text message service 18182.",
    },
  },
  "palveleva-puhelin": {
    name: { en: "Church helpline (Kirkon keskusteluapu)" },
    hours: {
      fi: "Puhelin joka ilta klo 18–24, myös viikonloppuisin ja pyhinä (puhelun hinta pvm/mpm). Chat ma–pe klo 12–20, kesällä klo 16–20.",
      sv: "Telefonen varje kväll kl. 18–24, också veckoslut och helgdagar (lna/msa). Chatten mån–fre kl. 12–20, på sommaren kl. 16–20.",
      en: "Phone every evening 18:00–24:00, also at weekends and on holidays (local or mobile call charge). Chat Mon–Fri 12:00–20:00, in summer 16:00–20:00.",
    },
  },
  "palveleva-puhelin-sv": {
    name: { en: "Church helpline in Swedish (Kyrkans samtalstjänst)" },
    hours: { fi: "Joka ilta klo 20–23.", sv: "Varje kväll kl. 20–23.", en: "Every evening 20:00–23:00." },
  },
  "lyomaton-linja": {
    name: {
      sv: "Lyömätön Linja Espoossa ry (hjälp att sluta använda våld, Esbo)",
      en: "Lyömätön Linja Espoossa ry (help to stop using violence, Espoo)",
    },
  },
  nettiturvakoti: {
    name: { sv: "Nettiturvakoti (chatt om våld)", en: "Nettiturvakoti (chat about violence)" },
    hours: {
      fi: "Apua väkivaltaan -chat arkipäivisin klo 12–18, mahdollisesti myös la klo 14–17. Lasten ja nuorten chat arkipäivisin klo 15–18. Turvakodit päivystävät ympäri vuorokauden.",
      sv: "Chatten Apua väkivaltaan vardagar kl. 12–18, möjligen också lör kl. 14–17. Chatten för barn och unga vardagar kl. 15–18. Skyddshemmen har jour dygnet runt.",
      en: "Help-with-violence chat on weekdays 12:00–18:00, possibly also Sat 14:00–17:00. Chat for children and young people on weekdays 15:00–18:00. Shelters are open 24 hours a day.",
    },
  },
  "kela-puhelinpalvelu": {
    name: { sv: "FPA:s telefonservice", en: "Kela telephone service" },
    hours: {
      fi: "ma–pe klo 9–16 (palvelunumerot: www.kela.fi/soita-kelaan). Chattirobotti ympäri vuorokauden, OmaKelan chat arkisin. Myös toimeentulotuen päivystys.",
      sv: "mån–fre kl. 9–16 (servicenummer: www.kela.fi/soita-kelaan). Chattrobot dygnet runt, chatten i OmaKela vardagar. Också jour för utkomststöd.",
      en: "Mon–Fri 9:00–16:00 (service numbers: www.kela.fi/soita-kelaan). Chatbot 24 hours a day, OmaKela chat on weekdays. Also a duty service for social assistance.",
    },
  },
  "takuusaatio-velkalinja": {
    name: {
      sv: "Velkalinja och chatten Kysy rahasta (Takuusäätiö)",
      en: "Velkalinja debt helpline and Kysy rahasta chat (Takuusäätiö)",
    },
  },
  omaishoitajaliitto: { name: { en: "Omaishoitajaliitto (association for family carers)" } },
};
