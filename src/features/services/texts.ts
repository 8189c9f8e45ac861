import type { Localized } from "../../platform/i18n/lang";

/** The service directory's own texts. */
export const serviceTexts = {
  title: { fi: "Palvelut lähelläsi", sv: "Tjänster nära dig", en: "Services near you" },
  lead: {
    fi: "Valitse kuntasi, niin näet, mistä saat apua mielen hyvinvointiin, päihteisiin ja arjen huoliin – ja mitkä palvelut ovat auki juuri nyt.",
    sv: "Välj din kommun så ser du var du får hjälp med psykiskt välmående, rusmedel och vardagens bekymmer – och vilka tjänster som är öppna just nu.",
    en: "Choose your municipality to see where to get help with mental wellbeing, substances and everyday worries – and which services are open right now.",
  },
  pickerLabel: { fi: "Kuntasi", sv: "Din kommun", en: "Your municipality" },
  pickerHint: {
    fi: "Kunnat on ryhmitelty hyvinvointialueittain.",
    sv: "Kommunerna är grupperade efter välfärdsområde.",
    en: "Municipalities are grouped by wellbeing services county.",
  },
  pickerChoose: { fi: "Valitse kunta", sv: "Välj kommun", en: "Choose a municipality" },
  pickerButton: { fi: "Näytä palvelut", sv: "Visa tjänsterna", en: "Show services" },
  pickerError: {
    fi: "Valitse kunta luettelosta.",
    sv: "Välj en kommun i listan.",
    en: "Please choose a municipality from the list.",
  },
  errorSummary: { fi: "Tarkista valinta", sv: "Kontrollera valet", en: "Please check your choice" },
  countiesTitle: { fi: "Hyvinvointialueet", sv: "Välfärdsområden", en: "Wellbeing services counties" },
  attribution: {
    fi: "Kuntarajat: Maanmittauslaitos, CC BY 4.0. Väestö: Tilastokeskus, CC BY 4.0.",
    sv: "Kuntarajat: Maanmittauslaitos, CC BY 4.0. Väestö: Tilastokeskus, CC BY 4.0.",
    en: "Kuntarajat: Maanmittauslaitos, CC BY 4.0. Väestö: Tilastokeskus, CC BY 4.0.",
  },
  municipalitiesIn: { fi: "Kunnat", sv: "Kommuner", en: "Municipalities" },
  servicesIn: { fi: "Palvelut", sv: "Tjänster", en: "Services" },
  countyServices: {
    fi: "Koko alueen palvelut",
    sv: "Tjänster för hela området",
    en: "Services for the whole county",
  },
  county: { fi: "Hyvinvointialue", sv: "Välfärdsområde", en: "Wellbeing services county" },
  demoTitle: { fi: "Esimerkkitietoja", sv: "Exempeluppgifter", en: "Example data" },
  demoText: {
    fi: "Tämän alueen palvelut ovat DEMO-esimerkkejä, joilla näytetään, miltä palveluhakemisto näyttää. Ne eivät ole oikeita palveluita. Kansalliset auttavat puhelimet alla ovat oikeita.",
    sv: "Tjänsterna i det här området är DEMO-exempel som visar hur tjänstekatalogen ser ut. De är inte riktiga tjänster. De nationella stödlinjerna nedan är riktiga.",
    en: "The services of this area are DEMO examples that show how the directory works. They are not real services. The national helplines below are real.",
  },
  noLocal: {
    fi: "Tämän kunnan palveluita ei ole vielä Luukussa. Oma terveysasema tai sosiaalitoimisto auttaa, ja alla ovat valtakunnalliset auttavat puhelimet.",
    sv: "Kommunens tjänster finns ännu inte i Luukku. Din hälsostation eller socialbyrå hjälper dig, och nedan finns de nationella stödlinjerna.",
    en: "This municipality's services are not in Luukku yet. Your health centre or social services office can help, and the national helplines are below.",
  },
  nationalTitle: {
    fi: "Valtakunnalliset auttavat puhelimet ja chatit",
    sv: "Nationella stödlinjer och chattar",
    en: "National helplines and chats",
  },
  openNow: { fi: "Avoinna nyt", sv: "Öppet nu", en: "Open now" },
  closesAt: { fi: "sulkeutuu", sv: "stänger", en: "closes at" },
  closedNow: { fi: "Suljettu nyt", sv: "Stängt nu", en: "Closed now" },
  opensAt: { fi: "avautuu", sv: "öppnar", en: "opens at" },
  openingHours: { fi: "Aukioloajat", sv: "Öppettider", en: "Opening hours" },
  channels: { fi: "Yhteydenotto", sv: "Kontakt", en: "How to reach" },
  languages: { fi: "Kielet", sv: "Språk", en: "Languages" },
  channel: {
    fi: "puhelin|chat|käynti paikan päällä|verkossa",
    sv: "telefon|chatt|besök på plats|på nätet",
    en: "phone|chat|walk-in|online",
  },
  home: { fi: "Etusivu", sv: "Startsida", en: "Home" },
  breadcrumb: { fi: "Murupolku", sv: "Brödsmulor", en: "Breadcrumb" },
  crisisLink: {
    fi: "Hätätilanteessa soita 112. Katso myös kriisiapu.",
    sv: "I nödsituationer ring 112. Se också krishjälp.",
    en: "In an emergency call 112. See also crisis help.",
  },
  notFoundTitle: { fi: "Kuntaa ei löytynyt", sv: "Kommunen hittades inte", en: "Municipality not found" },
  notFoundText: {
    fi: "Tällä koodilla ei löydy kuntaa. Valitse kuntasi luettelosta.",
    sv: "Det finns ingen kommun med den koden. Välj din kommun i listan.",
    en: "There is no municipality with this code. Please choose yours from the list.",
  },
  unknownMunicipality: {
    fi: "Tuntematon kuntakoodi.",
    sv: "Okänd kommunkod.",
    en: "Unknown municipality code.",
  },
  badLang: {
    fi: "Kielen pitää olla fi, sv tai en.",
    sv: "Språket ska vara fi, sv eller en.",
    en: "The language must be fi, sv or en.",
  },
  badQuery: {
    fi: "Pyynnössä on virheellinen arvo.",
    sv: "Begäran innehåller ett ogiltigt värde.",
    en: "The request has an invalid value.",
  },
} satisfies Record<string, Localized>;
