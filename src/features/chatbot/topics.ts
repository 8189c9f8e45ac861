// The topics the chatbot answers, mirrored from shared/spec/chatbot-topics.json so ids are typed.
// Titles and scope also feed the topic model as weak training text.
export const topicIds = [
  "social-assistance",
  "housing-allowance",
  "sickness-allowance",
  "unemployment",
  "debt-advice",
  "payment-default",
  "food-aid",
  "rent-arrears-eviction",
  "homelessness",
  "contact-social-worker",
  "client-fee-relief",
  "rehab-psychotherapy",
  "mental-health-care-access",
  "crisis-help",
  "domestic-violence",
  "child-welfare-report",
  "family-counselling",
  "child-custody",
  "substance-help",
  "gambling",
  "loneliness",
  "caregiver-support",
  "elderly-services",
  "youth-services",
  "immigrant-support",
  "burnout-work-ability",
  "bereavement",
  "concern-for-close-one",
  "service-privacy",
  "service-hours",
] as const;

export type TopicId = (typeof topicIds)[number];

export interface TopicSpec {
  id: TopicId;
  fi: string;
  sv: string;
  en: string;
  scope: string;
}

export const topicSpecs: readonly TopicSpec[] = [
  {
    id: "social-assistance",
    fi: "Toimeentulotuki",
    sv: "Utkomststöd",
    en: "Basic social assistance",
    scope:
      "What basic social assistance is, applying through Kela, supplementary and preventive assistance from the wellbeing services county, what to do while waiting for a decision.",
  },
  {
    id: "housing-allowance",
    fi: "Yleinen asumistuki",
    sv: "Allmänt bostadsbidrag",
    en: "General housing allowance",
    scope: "Who can get housing allowance from Kela and how to apply; where to ask when rent is too high.",
  },
  {
    id: "sickness-allowance",
    fi: "Sairauspäiväraha ja sairausloma",
    sv: "Sjukdagpenning och sjukledighet",
    en: "Sickness allowance and sick leave",
    scope:
      "Sickness allowance from Kela when ill, including for mental-health reasons; the role of the doctor's certificate.",
  },
  {
    id: "unemployment",
    fi: "Työttömyys ja työttömyysturva",
    sv: "Arbetslöshet och utkomstskydd",
    en: "Unemployment and unemployment benefits",
    scope:
      "Registering as a jobseeker, unemployment benefits from Kela or an unemployment fund, where to get support when unemployment weighs on the mind.",
  },
  {
    id: "debt-advice",
    fi: "Talous- ja velkaneuvonta",
    sv: "Ekonomi- och skuldrådgivning",
    en: "Financial and debt advice",
    scope:
      "Free financial and debt advice, how to contact it, making a budget, negotiating with creditors, debt adjustment.",
  },
  {
    id: "payment-default",
    fi: "Ulosotto ja maksuhäiriömerkintä",
    sv: "Utsökning och betalningsanmärkning",
    en: "Enforcement and payment default entries",
    scope: "What enforcement and a payment default entry mean, protected amount, what help exists.",
  },
  {
    id: "food-aid",
    fi: "Ruoka-apu ja akuutti rahapula",
    sv: "Mathjälp och akut penningbrist",
    en: "Food aid and acute lack of money",
    scope:
      "Where to get food aid, emergency social assistance for acute need, contacting social services the same day.",
  },
  {
    id: "rent-arrears-eviction",
    fi: "Vuokrarästit ja häädön uhka",
    sv: "Hyresskulder och vräkningshot",
    en: "Rent arrears and eviction threat",
    scope:
      "What to do with unpaid rent, contacting the landlord early, housing advice, preventive social assistance.",
  },
  {
    id: "homelessness",
    fi: "Asunnottomuus",
    sv: "Bostadslöshet",
    en: "Homelessness",
    scope:
      "Emergency accommodation, housing services of the wellbeing services county and municipality, who to contact now.",
  },
  {
    id: "contact-social-worker",
    fi: "Sosiaalityöntekijälle pääsy",
    sv: "Att få kontakt med en socialarbetare",
    en: "Getting in touch with a social worker",
    scope:
      "How to contact social services, assessment of service need, adult social work, one's own social worker.",
  },
  {
    id: "client-fee-relief",
    fi: "Asiakasmaksujen alentaminen",
    sv: "Nedsättning av klientavgifter",
    en: "Reducing client fees",
    scope:
      "Asking the wellbeing services county to reduce or waive health and social care fees when money is short; the annual payment ceiling.",
  },
  {
    id: "rehab-psychotherapy",
    fi: "Kelan kuntoutuspsykoterapia",
    sv: "FPA:s rehabiliterande psykoterapi",
    en: "Kela rehabilitative psychotherapy",
    scope:
      "Who can get rehabilitative psychotherapy reimbursed by Kela, the doctor's statement, how to find a therapist.",
  },
  {
    id: "mental-health-care-access",
    fi: "Hoitoon hakeutuminen mielenterveysasioissa",
    sv: "Att söka vård för psykisk ohälsa",
    en: "Getting mental-health care",
    scope:
      "Where to start: health station, student or occupational health care, mental-health and substance services of the wellbeing services county, what a care-need assessment is.",
  },
  {
    id: "crisis-help",
    fi: "Kriisiapu",
    sv: "Krishjälp",
    en: "Crisis help",
    scope:
      "Crisis helpline, crisis centres, emergency number 112 and on-call services; what to do when someone is in acute danger.",
  },
  {
    id: "domestic-violence",
    fi: "Lähisuhdeväkivalta",
    sv: "Våld i nära relationer",
    en: "Domestic and intimate partner violence",
    scope:
      "Help for those who experience or use violence, shelters, the national helpline for victims, emergency number 112, safety planning.",
  },
  {
    id: "child-welfare-report",
    fi: "Lastensuojeluilmoitus ja huoli lapsesta",
    sv: "Barnskyddsanmälan och oro för ett barn",
    en: "Child welfare notification and concern for a child",
    scope:
      "When and how to make a child welfare notification, what happens after it, asking for support for one's own family.",
  },
  {
    id: "family-counselling",
    fi: "Perheneuvola ja perheen tuki",
    sv: "Familjerådgivning och stöd för familjen",
    en: "Family counselling and family support",
    scope:
      "Family counselling centres, family work, home services for families with children, support in parenting.",
  },
  {
    id: "child-custody",
    fi: "Ero, lapsen huolto ja tapaamiset",
    sv: "Skilsmässa, vårdnad och umgänge",
    en: "Separation, custody and visitation",
    scope:
      "Child welfare supervisor agreements on custody, residence, visitation and child maintenance; family mediation.",
  },
  {
    id: "substance-help",
    fi: "Päihteet ja apu päihdeongelmaan",
    sv: "Rusmedel och hjälp vid missbruk",
    en: "Substances and help with substance use",
    scope:
      "Where to get help for one's own or a close one's alcohol or drug use, anonymous services, detox, peer support.",
  },
  {
    id: "gambling",
    fi: "Rahapeliongelma",
    sv: "Spelproblem",
    en: "Gambling problems",
    scope:
      "Help for gambling problems for the gambler and close ones, national help services, limiting gambling.",
  },
  {
    id: "loneliness",
    fi: "Yksinäisyys ja vertaistuki",
    sv: "Ensamhet och kamratstöd",
    en: "Loneliness and peer support",
    scope:
      "Peer support groups, organisations' activities, wellbeing referral to community activities, talking to someone.",
  },
  {
    id: "caregiver-support",
    fi: "Omaishoitajan tuki ja jaksaminen",
    sv: "Stöd för närståendevårdare",
    en: "Support for informal carers",
    scope:
      "Informal care allowance and services, days off, carers' organisations, looking after one's own wellbeing.",
  },
  {
    id: "elderly-services",
    fi: "Ikäihmisten palvelut",
    sv: "Tjänster för äldre",
    en: "Services for older people",
    scope:
      "Client guidance for older people, home care, concern about an older relative, wellbeing of older people.",
  },
  {
    id: "youth-services",
    fi: "Nuorten tuki ja Ohjaamo",
    sv: "Stöd för unga och Navigatorn",
    en: "Support for young people",
    scope:
      "Ohjaamo one-stop guidance centres, outreach youth work, school and student welfare services, support for young people living alone.",
  },
  {
    id: "immigrant-support",
    fi: "Maahan muuttaneiden tuki",
    sv: "Stöd för invandrare",
    en: "Support for immigrants and refugees",
    scope:
      "Services in other languages, interpreters in social and health services, organisations supporting refugees' mental health.",
  },
  {
    id: "burnout-work-ability",
    fi: "Uupumus ja työkyky",
    sv: "Utmattning och arbetsförmåga",
    en: "Burnout and work ability",
    scope:
      "Occupational health care, work ability coordinator, vocational rehabilitation, sick leave for exhaustion.",
  },
  {
    id: "bereavement",
    fi: "Läheisen kuolema ja suru",
    sv: "En närståendes död och sorg",
    en: "Bereavement and grief",
    scope:
      "Support after the death of a close one, grief groups, crisis help after sudden death, when to seek care.",
  },
  {
    id: "concern-for-close-one",
    fi: "Huoli läheisen mielenterveydestä",
    sv: "Oro för en närståendes psykiska hälsa",
    en: "Worry about a close one's mental health",
    scope:
      "How to bring up the worry, how to get the close one to care, support for relatives, what to do if the person is in danger.",
  },
  {
    id: "service-privacy",
    fi: "Palvelun nimettömyys ja tietosuoja",
    sv: "Tjänstens anonymitet och dataskydd",
    en: "Anonymity and privacy of this service",
    scope:
      "What this service stores and for how long, that no login is needed, that chats are not recorded in patient records, who can read messages.",
  },
  {
    id: "service-hours",
    fi: "Chatin aukioloajat ja yhteydenotto",
    sv: "Chattens öppettider och kontakt",
    en: "Chat opening hours and contact",
    scope:
      "When the professional chat is open, how long the wait is, what to do outside opening hours (written question, crisis numbers).",
  },
];
