import type { Lang, Localized } from "../../platform/i18n/index";

/** Texts for team transfers and the chat administration pages (org_admin). */
export const teamTexts = {
  toTeamClient: {
    fi: "Keskustelusi siirtyy kollegalle, joka jatkaa siitä, mihin jäitte. Pysy tässä: paikkasi jonossa säilyy, ja kaikki tähän asti kirjoitettu on tallessa.",
    sv: "Din chatt går vidare till en kollega som fortsätter där ni slutade. Stanna kvar här: din plats i kön finns kvar och allt som har skrivits hittills är sparat.",
    en: "A colleague will continue your conversation from where you left off. Please stay here: you keep your place in the queue, and everything written so far is saved.",
  },
  transferToTeam: { fi: "Siirrä tiimille", sv: "Flytta till ett team", en: "Transfer to a team" },
  team: { fi: "Tiimi", sv: "Team", en: "Team" },
  transferToWorker: {
    fi: "Siirrä työntekijälle",
    sv: "Flytta till en medarbetare",
    en: "Transfer to a worker",
  },
  adminTitle: { fi: "Chatin hallinta", sv: "Administration av chatten", en: "Chat administration" },
  adminLink: { fi: "Chatin hallinta", sv: "Administrera chatten", en: "Chat administration" },
  organisation: { fi: "Organisaatio", sv: "Organisation", en: "Organisation" },
  services: { fi: "Chat-palvelut", sv: "Chattjänster", en: "Chat services" },
  newService: { fi: "Uusi chat-palvelu", sv: "Ny chattjänst", en: "New chat service" },
  editService: { fi: "Muokkaa chat-palvelua", sv: "Redigera chattjänsten", en: "Edit chat service" },
  edit: { fi: "Muokkaa", sv: "Redigera", en: "Edit" },
  save: { fi: "Tallenna", sv: "Spara", en: "Save" },
  delete: { fi: "Poista", sv: "Ta bort", en: "Delete" },
  create: { fi: "Lisää", sv: "Lägg till", en: "Add" },
  saved: { fi: "Tallennettu.", sv: "Sparat.", en: "Saved." },
  slug: {
    fi: "Tunniste (pienet kirjaimet, numerot ja viivat)",
    sv: "Identifierare (små bokstäver, siffror och bindestreck)",
    en: "Identifier (lower-case letters, digits and hyphens)",
  },
  nameFi: { fi: "Nimi suomeksi", sv: "Namn på finska", en: "Name in Finnish" },
  nameSv: { fi: "Nimi ruotsiksi", sv: "Namn på svenska", en: "Name in Swedish" },
  nameEn: { fi: "Nimi englanniksi", sv: "Namn på engelska", en: "Name in English" },
  languages: { fi: "Kielet", sv: "Språk", en: "Languages" },
  topics: { fi: "Aiheet", sv: "Ämnen", en: "Topics" },
  topicsHint: {
    fi: "Yksi aihe riville: tunniste | suomeksi | ruotsiksi | englanniksi",
    sv: "Ett ämne per rad: identifierare | på finska | på svenska | på engelska",
    en: "One topic a line: identifier | in Finnish | in Swedish | in English",
  },
  weekly: { fi: "Viikoittaiset aukioloajat", sv: "Öppettider per vecka", en: "Weekly opening hours" },
  allDay: { fi: "Auki aina (24/7)", sv: "Alltid öppen (24/7)", en: "Always open (24/7)" },
  dayHint: {
    fi: "Esim. 09:00-16:00, useampi pilkulla erotettuna; tyhjä = suljettu",
    sv: "T.ex. 09:00-16:00, flera åtskilda med kommatecken; tomt = stängt",
    en: "E.g. 09:00-16:00, several separated by commas; empty = closed",
  },
  mon: { fi: "Maanantai", sv: "Måndag", en: "Monday" },
  tue: { fi: "Tiistai", sv: "Tisdag", en: "Tuesday" },
  wed: { fi: "Keskiviikko", sv: "Onsdag", en: "Wednesday" },
  thu: { fi: "Torstai", sv: "Torsdag", en: "Thursday" },
  fri: { fi: "Perjantai", sv: "Fredag", en: "Friday" },
  sat: { fi: "Lauantai", sv: "Lördag", en: "Saturday" },
  sun: { fi: "Sunnuntai", sv: "Söndag", en: "Sunday" },
  holidays: {
    fi: "Suomen arkipyhät (myös juhannus- ja jouluaatto)",
    sv: "Finska helgdagar (även midsommar- och julafton)",
    en: "Finnish public holidays (also Midsummer and Christmas Eve)",
  },
  holidayClosed: { fi: "Suljettu", sv: "Stängt", en: "Closed" },
  holidayOpen: { fi: "Tavalliset aukioloajat", sv: "Vanliga öppettider", en: "Normal hours" },
  holidaySpecial: { fi: "Poikkeusajat:", sv: "Särskilda tider:", en: "Special hours:" },
  exceptions: { fi: "Poikkeuspäivät", sv: "Undantagsdagar", en: "Dated exceptions" },
  exceptionsHint: {
    fi: "Yksi päivä riville: 2026-12-31 10:00-14:00 tai 2026-12-31 suljettu",
    sv: "En dag per rad: 2026-12-31 10:00-14:00 eller 2026-12-31 stängt",
    en: "One day a line: 2026-12-31 10:00-14:00, or 2026-12-31 closed",
  },
  retentionDays: {
    fi: "Keskustelut säilytetään (päivää, 1–365)",
    sv: "Chattar sparas (dagar, 1–365)",
    en: "Conversations are kept for (days, 1–365)",
  },
  defaultMaxConcurrent: {
    fi: "Keskusteluja työntekijää kohden oletuksena (1–10)",
    sv: "Chattar per medarbetare som standard (1–10)",
    en: "Default chats per worker (1–10)",
  },
  invalid: {
    fi: "Tarkista merkityt kohdat.",
    sv: "Kontrollera de markerade fälten.",
    en: "Please check the marked fields.",
  },
  fieldInvalid: {
    fi: "Tarkista tämä kohta.",
    sv: "Kontrollera det här fältet.",
    en: "Please check this field.",
  },
  teams: { fi: "Tiimit", sv: "Team", en: "Teams" },
  teamName: { fi: "Tiimin nimi", sv: "Teamets namn", en: "Team name" },
  newTeam: { fi: "Uusi tiimi", sv: "Nytt team", en: "New team" },
  members: { fi: "Jäsenet", sv: "Medlemmar", en: "Members" },
  saveMembers: { fi: "Tallenna jäsenet", sv: "Spara medlemmar", en: "Save members" },
  canned: { fi: "Valmiit vastaukset", sv: "Färdiga svar", en: "Canned replies" },
  newCanned: { fi: "Uusi valmis vastaus", sv: "Nytt färdigt svar", en: "New canned reply" },
  title: { fi: "Otsikko", sv: "Rubrik", en: "Title" },
  text: { fi: "Teksti", sv: "Text", en: "Text" },
  lang: { fi: "Kieli", sv: "Språk", en: "Language" },
  noWorkers: {
    fi: "Organisaatiossa ei ole vielä chat-työntekijöitä.",
    sv: "Organisationen har ännu inga chattmedarbetare.",
    en: "The organisation has no chat workers yet.",
  },
} as const satisfies Record<string, Localized>;

export type TeamTextKey = keyof typeof teamTexts;

export function teamText(lang: Lang, key: TeamTextKey): string {
  return teamTexts[key][lang];
}
