import type { Lang, Localized } from "../../platform/i18n/lang";
import type { WorryId } from "./schemas";

/** Article ids, as listed in content/README.md. */
export type ArticleId =
  | "depression"
  | "anxiety"
  | "panic"
  | "stress"
  | "burnout"
  | "sleep"
  | "loneliness"
  | "grief"
  | "self-harm"
  | "suicidal-thoughts"
  | "eating-problems"
  | "trauma"
  | "alcohol"
  | "drugs"
  | "gambling"
  | "concern-for-close-one"
  | "financial-distress"
  | "debt"
  | "social-assistance"
  | "kela-benefits"
  | "housing-and-eviction"
  | "unemployment"
  | "relationships"
  | "divorce"
  | "domestic-violence"
  | "parenting"
  | "family-counselling"
  | "child-welfare"
  | "caring-for-close-one"
  | "young-people"
  | "older-people"
  | "immigrants"
  | "levels-of-care"
  | "social-worker"
  | "psychotherapy-and-rehabilitation"
  | "first-appointment"
  | "crisis-help"
  | "where-to-get-help"
  | "anonymous-help"
  | "self-care-basics";

/** Self-care program ids (content/README.md); the last two exist only in Finnish. */
export type ProgramId =
  | "money-worries"
  | "low-mood"
  | "anxiety-worry"
  | "sleep"
  | "loneliness"
  | "stress-burnout"
  | "youth-inclusion"
  | "violence-close-relationships";
export const finnishOnlyPrograms: readonly ProgramId[] = ["youth-inclusion", "violence-close-relationships"];

/** Chatbot topic ids (shared/spec/chatbot-topics.json). */
export type ChatbotTopicId =
  | "social-assistance"
  | "housing-allowance"
  | "sickness-allowance"
  | "unemployment"
  | "debt-advice"
  | "payment-default"
  | "food-aid"
  | "rent-arrears-eviction"
  | "homelessness"
  | "contact-social-worker"
  | "client-fee-relief"
  | "rehab-psychotherapy"
  | "mental-health-care-access"
  | "crisis-help"
  | "domestic-violence"
  | "child-welfare-report"
  | "family-counselling"
  | "child-custody"
  | "substance-help"
  | "gambling"
  | "loneliness"
  | "caregiver-support"
  | "elderly-services"
  | "youth-services"
  | "immigrant-support"
  | "burnout-work-ability"
  | "bereavement"
  | "concern-for-close-one"
  | "service-privacy"
  | "service-hours";

export type QuestionnaireSlugRef = "phq-9" | "gad-7" | "audit" | "audit-c" | "who-5";

export interface WorryContent {
  articles: readonly ArticleId[];
  programs: readonly ProgramId[];
  chatbotTopics: readonly ChatbotTopicId[];
  questionnaires: readonly QuestionnaireSlugRef[];
}

export interface Worry extends WorryContent {
  id: WorryId;
  label: Localized;
}

/** The navigator's worry list with labels and the content each worry leads to, in display order. */
export const worries: readonly Worry[] = [
  {
    id: "mood",
    label: { fi: "Mieliala ja alakulo", sv: "Humör och nedstämdhet", en: "Mood and feeling low" },
    articles: ["depression", "self-care-basics", "grief"],
    programs: ["low-mood"],
    chatbotTopics: ["mental-health-care-access", "bereavement"],
    questionnaires: ["phq-9", "who-5"],
  },
  {
    id: "anxiety",
    label: { fi: "Ahdistus ja huolet", sv: "Ångest och oro", en: "Anxiety and worry" },
    articles: ["anxiety", "panic", "trauma"],
    programs: ["anxiety-worry"],
    chatbotTopics: ["mental-health-care-access"],
    questionnaires: ["gad-7"],
  },
  {
    id: "sleep",
    label: { fi: "Uni", sv: "Sömn", en: "Sleep" },
    articles: ["sleep"],
    programs: ["sleep"],
    chatbotTopics: [],
    questionnaires: ["who-5"],
  },
  {
    id: "stress",
    label: { fi: "Stressi ja uupumus", sv: "Stress och utmattning", en: "Stress and exhaustion" },
    articles: ["stress", "burnout"],
    programs: ["stress-burnout"],
    chatbotTopics: ["burnout-work-ability", "sickness-allowance"],
    questionnaires: ["who-5"],
  },
  {
    id: "loneliness",
    label: { fi: "Yksinäisyys", sv: "Ensamhet", en: "Loneliness" },
    articles: ["loneliness"],
    programs: ["loneliness", "youth-inclusion"],
    chatbotTopics: ["loneliness"],
    questionnaires: [],
  },
  {
    id: "substances",
    label: { fi: "Alkoholi tai huumeet", sv: "Alkohol eller droger", en: "Alcohol or drugs" },
    articles: ["alcohol", "drugs", "concern-for-close-one"],
    programs: [],
    chatbotTopics: ["substance-help", "concern-for-close-one"],
    questionnaires: ["audit-c", "audit"],
  },
  {
    id: "gambling",
    label: { fi: "Rahapelaaminen", sv: "Penningspel", en: "Gambling" },
    articles: ["gambling", "debt"],
    programs: ["money-worries"],
    chatbotTopics: ["gambling", "debt-advice"],
    questionnaires: [],
  },
  {
    id: "money",
    label: { fi: "Raha-asiat ja velat", sv: "Pengar och skulder", en: "Money and debt" },
    articles: ["financial-distress", "debt", "social-assistance", "kela-benefits"],
    programs: ["money-worries"],
    chatbotTopics: ["social-assistance", "debt-advice", "payment-default", "food-aid", "client-fee-relief"],
    questionnaires: [],
  },
  {
    id: "housing",
    label: { fi: "Asuminen", sv: "Boende", en: "Housing" },
    articles: ["housing-and-eviction", "social-assistance"],
    programs: ["money-worries"],
    chatbotTopics: ["housing-allowance", "rent-arrears-eviction", "homelessness"],
    questionnaires: [],
  },
  {
    id: "work",
    label: {
      fi: "Työ, opiskelu tai työttömyys",
      sv: "Arbete, studier eller arbetslöshet",
      en: "Work, studies or unemployment",
    },
    articles: ["unemployment", "burnout", "stress"],
    programs: ["stress-burnout"],
    chatbotTopics: ["unemployment", "sickness-allowance", "burnout-work-ability"],
    questionnaires: [],
  },
  {
    id: "relationships",
    label: { fi: "Parisuhde ja läheiset", sv: "Parrelation och närstående", en: "Relationships" },
    articles: ["relationships", "divorce", "family-counselling"],
    programs: [],
    chatbotTopics: ["family-counselling", "child-custody"],
    questionnaires: [],
  },
  {
    id: "violence",
    label: { fi: "Väkivalta tai sen uhka", sv: "Våld eller hot om våld", en: "Violence or the threat of it" },
    articles: ["domestic-violence", "crisis-help"],
    programs: ["violence-close-relationships"],
    chatbotTopics: ["domestic-violence", "crisis-help"],
    questionnaires: [],
  },
  {
    id: "parenting",
    label: { fi: "Vanhemmuus", sv: "Föräldraskap", en: "Parenting" },
    articles: ["parenting", "family-counselling", "young-people"],
    programs: [],
    chatbotTopics: ["family-counselling", "youth-services"],
    questionnaires: [],
  },
  {
    id: "child-concern",
    label: { fi: "Huoli lapsesta", sv: "Oro för ett barn", en: "Worry about a child" },
    articles: ["child-welfare", "parenting", "young-people"],
    programs: [],
    chatbotTopics: ["child-welfare-report", "family-counselling", "youth-services"],
    questionnaires: [],
  },
  {
    id: "caring",
    label: { fi: "Läheisen hoitaminen", sv: "Att vårda en närstående", en: "Caring for someone close" },
    articles: ["caring-for-close-one", "older-people"],
    programs: ["stress-burnout"],
    chatbotTopics: ["caregiver-support", "elderly-services"],
    questionnaires: [],
  },
  {
    id: "other",
    label: { fi: "Jokin muu", sv: "Något annat", en: "Something else" },
    articles: ["where-to-get-help", "levels-of-care", "anonymous-help"],
    programs: [],
    chatbotTopics: ["contact-social-worker", "immigrant-support"],
    questionnaires: ["who-5"],
  },
];

/** The content a set of worries leads to in one language, without duplicates, in worry order. */
export function relatedContent(worryIds: readonly WorryId[], lang: Lang): WorryContent {
  const picked = worries.filter((w) => worryIds.includes(w.id));
  const unique = <T>(lists: readonly (readonly T[])[]) => [...new Set(lists.flat())];
  return {
    articles: unique(picked.map((w) => w.articles)),
    programs: unique(picked.map((w) => w.programs)).filter(
      (p) => lang === "fi" || !finnishOnlyPrograms.includes(p),
    ),
    chatbotTopics: unique(picked.map((w) => w.chatbotTopics)),
    questionnaires: unique(picked.map((w) => w.questionnaires)),
  };
}
