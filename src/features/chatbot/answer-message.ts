import type { Lang } from "../../platform/i18n/index";
import { assessCrisis } from "../../platform/crisis/index";
import { pagePath } from "../../platform/views/paths";
import type { LinkTargets } from "../library/index";
import {
  type CrisisContact,
  type Helpline,
  type Municipality,
  type Service,
  type WorryId,
  crisisContacts,
  servesMunicipality,
} from "../services/index";
import type { TopicModel } from "./build-topic-model";
import { classifyMessage } from "./classify-message";
import type { KnowledgeBase } from "./knowledge-base";
import { type PlainLink, markdownToPlain } from "./markdown-to-plain";
import { resolveLink } from "./resolve-link";
import { chatbotText } from "./texts";
import type { TopicId } from "./topics";

/** Everything the chatbot needs, built once at start. */
export interface ChatbotEngine {
  knowledgeBase: KnowledgeBase;
  model: TopicModel;
  linkTargets: Record<Lang, LinkTargets>;
  helplines: readonly Helpline[];
  services: readonly Service[];
  municipalities: ReadonlyMap<string, Municipality>;
  /** Whether the live chat is open now; `null` when unknown (the chat feature answers this when it exists). */
  chatOpen: () => boolean | null;
}

export type HandoffReason = "requested" | "out-of-scope" | "crisis";

export interface Handoff {
  reason: HandoffReason;
  chat: { url: string; open: boolean | null };
  questions: { url: string };
  helplines: { name: string; phone?: string; tel?: string; url?: string }[];
}

export interface ChatbotReply {
  topic: TopicId | null;
  crisis: boolean;
  /** What kind of answer this is: a topic answer, a clarifying question, or the honest out-of-scope reply. */
  kind: "answer" | "clarify" | "out-of-scope";
  answer: { text: string; links: PlainLink[] };
  suggestions: { topic: TopicId; title: string }[];
  services: { id: string; name: string; organisation: string }[];
  handoff?: Handoff;
}

/** Which services' worries fit each topic, for the municipality's service list. */
const topicWorries: Record<TopicId, readonly WorryId[]> = {
  "social-assistance": ["money"],
  "housing-allowance": ["housing", "money"],
  "sickness-allowance": ["money", "work"],
  unemployment: ["work", "money"],
  "debt-advice": ["money"],
  "payment-default": ["money"],
  "food-aid": ["money"],
  "rent-arrears-eviction": ["housing", "money"],
  homelessness: ["housing"],
  "contact-social-worker": ["money", "other"],
  "client-fee-relief": ["money"],
  "rehab-psychotherapy": ["mood", "anxiety"],
  "mental-health-care-access": ["mood", "anxiety"],
  "crisis-help": ["violence", "mood"],
  "domestic-violence": ["violence"],
  "child-welfare-report": ["child-concern", "parenting"],
  "family-counselling": ["parenting", "relationships"],
  "child-custody": ["parenting", "relationships"],
  "substance-help": ["substances"],
  gambling: ["gambling"],
  loneliness: ["loneliness"],
  "caregiver-support": ["caring"],
  "elderly-services": ["caring"],
  "youth-services": ["work", "loneliness"],
  "immigrant-support": ["other"],
  "burnout-work-ability": ["stress", "work"],
  bereavement: ["mood", "loneliness"],
  "concern-for-close-one": ["relationships", "mood"],
  "service-privacy": [],
  "service-hours": [],
};

// Someone asking for a human is handed off whatever the topic.
const humanRequest =
  /(puhu\w*|jutell\w*|chatt?\w*) (\w+ )?(ihmi\w+|ammattilai\w+|työntekijä\w*)|oike\w+ ihmi\w+|ihmisen kanssa|talk (to|with) (a |an |some )?(real |actual )?(person|human|someone|professional)|real person|speak to (a |an )?(human|person)|prata med (en )?(riktig )?(människa|person|någon)|en människa/;

function wantsPerson(text: string): boolean {
  return humanRequest.test(text.toLowerCase());
}

function contactLine(contact: CrisisContact): string {
  const parts = [contact.name];
  if (contact.phone) parts.push(contact.phone);
  const line = parts.join(": ");
  return contact.hours ? `• ${line} (${contact.hours})` : `• ${line}`;
}

export function buildHandoff({
  engine,
  lang,
  reason,
}: {
  engine: ChatbotEngine;
  lang: Lang;
  reason: HandoffReason;
}): Handoff {
  return {
    reason,
    chat: { url: pagePath("chat", lang), open: engine.chatOpen() },
    questions: { url: pagePath("questions", lang) },
    helplines: crisisContacts({ lang, helplines: engine.helplines }).map((c) => ({
      name: c.name,
      ...(c.phone ? { phone: c.phone } : {}),
      ...(c.tel ? { tel: c.tel } : {}),
      ...(c.webUrl ? { url: c.webUrl } : {}),
    })),
  };
}

function localServices({
  engine,
  lang,
  municipality,
  worries,
  kinds,
}: {
  engine: ChatbotEngine;
  lang: Lang;
  municipality: Municipality | undefined;
  worries: readonly WorryId[];
  kinds?: readonly Service["kind"][];
}): Service[] {
  if (!municipality) return [];
  return engine.services
    .filter(
      (service) =>
        servesMunicipality({ service, municipality }) &&
        (kinds ? kinds.includes(service.kind) : service.topics.some((t) => worries.includes(t))) &&
        service.languages.length > 0,
    )
    .sort(
      (a, b) =>
        Number(!a.languages.includes(lang)) - Number(!b.languages.includes(lang)) ||
        a.helpLevel - b.helpLevel,
    )
    .slice(0, 3);
}

function serviceLinks(services: readonly Service[], lang: Lang): PlainLink[] {
  return services.flatMap((s) => {
    const url = s.channels.find((c) => c.url !== undefined)?.url;
    return url ? [{ title: s.name[lang], url }] : [];
  });
}

/**
 * Answers one message: crisis first (whatever the topic), then the topic's answer, a clarifying question
 * when two topics are close, or the honest out-of-scope reply. Pure and synchronous.
 */
export function answerMessage({
  engine,
  text,
  lang,
  topic: chosenTopic,
  municipality,
}: {
  engine: ChatbotEngine;
  text: string;
  lang: Lang;
  /** A topic the person picked from a suggestion button; skips recognition. */
  topic?: TopicId;
  municipality?: Municipality;
}): ChatbotReply {
  const { crisis } = assessCrisis({ text, lang });
  const classification = chosenTopic
    ? { topic: chosenTopic, ambiguous: false, alternatives: [], confidence: 1 }
    : classifyMessage({ model: engine.model, text, lang });
  const resolve = (url: string): string | undefined =>
    resolveLink({ url, lang, linkTargets: engine.linkTargets });
  // An answer's plain text depends only on the entry and language: converted once, then reused.
  const plainOf = (key: string, markdown: string): { text: string; links: PlainLink[] } => {
    let cache = plainCache.get(engine);
    if (!cache) {
      cache = new Map();
      plainCache.set(engine, cache);
    }
    let plain = cache.get(`${lang}:${key}`);
    if (!plain) {
      plain = markdownToPlain({ markdown, resolve });
      cache.set(`${lang}:${key}`, plain);
    }
    return plain;
  };
  const titleOf = (topic: TopicId): string => engine.knowledgeBase.topics[lang][topic].title;

  let reply: ChatbotReply;
  const topic = classification.topic;
  if (topic === null) {
    const entry = engine.knowledgeBase.outOfScope[lang];
    const body = plainOf("", entry.body);
    const links = [
      ...entry.links.flatMap((l) => {
        const url = resolve(l.url);
        return url ? [{ title: l.title, url }] : [];
      }),
      ...body.links,
    ];
    reply = {
      topic: null,
      crisis,
      kind: "out-of-scope",
      answer: { text: body.text, links: dedupe(links) },
      suggestions: entry.suggestions.map((t) => ({ topic: t, title: titleOf(t) })),
      services: [],
      handoff: buildHandoff({ engine, lang, reason: "out-of-scope" }),
    };
  } else if (classification.ambiguous && !crisis) {
    reply = {
      topic,
      crisis,
      kind: "clarify",
      answer: { text: chatbotText(lang, "clarify"), links: [] },
      suggestions: classification.alternatives
        .filter((a) => a.score >= engine.model.options.minScore)
        .map((a) => ({ topic: a.topic, title: titleOf(a.topic) })),
      services: [],
    };
  } else {
    const entry = engine.knowledgeBase.topics[lang][topic];
    const body = plainOf(topic, entry.body);
    const services = localServices({ engine, lang, municipality, worries: topicWorries[topic] });
    let answerText = body.text;
    if (municipality && services.length > 0) {
      answerText += `\n\n${chatbotText(lang, "servicesTitle")} (${municipality.names[lang]}):\n${services
        .map((s) => `• ${s.name[lang]} – ${s.organisation[lang]}`)
        .join("\n")}`;
    }
    const links = [
      ...entry.links.flatMap((l) => {
        const url = resolve(l.url);
        return url ? [{ title: l.title, url }] : [];
      }),
      ...body.links,
      ...serviceLinks(services, lang),
    ];
    reply = {
      topic,
      crisis,
      kind: "answer",
      answer: { text: answerText, links: dedupe(links) },
      suggestions: entry.suggestions.map((t) => ({ topic: t, title: titleOf(t) })),
      services: services.map((s) => ({ id: s.id, name: s.name[lang], organisation: s.organisation[lang] })),
    };
  }
  if (wantsPerson(text)) reply.handoff ??= buildHandoff({ engine, lang, reason: "requested" });
  return crisis ? withCrisisFirst({ engine, lang, municipality, reply }) : reply;
}

const plainCache = new WeakMap<ChatbotEngine, Map<string, { text: string; links: PlainLink[] }>>();

function dedupe(links: readonly PlainLink[]): PlainLink[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.url) && Boolean(seen.add(l.url)));
}

/** Puts 112, the national crisis lines and the county's crisis service before anything else. */
function withCrisisFirst({
  engine,
  lang,
  municipality,
  reply,
}: {
  engine: ChatbotEngine;
  lang: Lang;
  municipality: Municipality | undefined;
  reply: ChatbotReply;
}): ChatbotReply {
  const contacts = crisisContacts({ lang, helplines: engine.helplines });
  const county = localServices({ engine, lang, municipality, worries: [], kinds: ["crisis-centre"] });
  const lines = [
    chatbotText(lang, "crisisLead"),
    ...contacts.map(contactLine),
    ...county.map((s) => `• ${chatbotText(lang, "countyCrisis")}: ${s.name[lang]} – ${s.organisation[lang]}`),
  ];
  const rest =
    reply.kind === "answer" ? `\n\n${chatbotText(lang, "crisisAfter")}\n\n${reply.answer.text}` : "";
  const links: PlainLink[] = [
    { title: chatbotText(lang, "handoffHelplines"), url: pagePath("crisis", lang) },
    ...contacts.flatMap((c) => (c.webUrl ? [{ title: c.name, url: c.webUrl }] : [])),
    ...serviceLinks(county, lang),
    ...(reply.kind === "answer" ? reply.answer.links : []),
  ];
  const crisisHelp: { topic: TopicId; title: string } = {
    topic: "crisis-help",
    title: engine.knowledgeBase.topics[lang]["crisis-help"].title,
  };
  return {
    ...reply,
    crisis: true,
    answer: { text: lines.join("\n") + rest, links: dedupe(links) },
    suggestions: [crisisHelp, ...reply.suggestions.filter((s) => s.topic !== "crisis-help")].slice(0, 3),
    services: [
      ...county.map((s) => ({ id: s.id, name: s.name[lang], organisation: s.organisation[lang] })),
      ...reply.services,
    ],
    handoff: buildHandoff({ engine, lang, reason: "crisis" }),
  };
}
