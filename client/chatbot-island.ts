import { chatbotTexts } from "../src/features/chatbot/texts";

type Lang = "fi" | "sv" | "en";
type TextKey = keyof typeof chatbotTexts;

interface ApiLink {
  title: string;
  url: string;
}
interface ApiReply {
  conversationId: string;
  topic: string | null;
  crisis: boolean;
  kind?: string;
  answer: { text: string; links: ApiLink[] };
  suggestions: { topic: string; title: string }[];
  handoff?: {
    chat: { url: string; open: boolean | null };
    questions: { url: string };
    helplines: { name: string; phone?: string; tel?: string }[];
  };
}

const chatbotPaths: Record<Lang, string> = { fi: "/fi/chatbot", sv: "/sv/chatbot", en: "/en/chatbot" };

/** Only our own paths and web addresses become links; anything else stays text. */
function safeHref(url: string): string | undefined {
  return /^(\/(?!\/)|https?:\/\/)/.test(url) ? url : undefined;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  props: { class?: string; text?: string } = {},
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.class) node.className = props.class;
  // textContent, never innerHTML: answers and the person's own words are always shown as text.
  if (props.text !== undefined) node.textContent = props.text;
  return node;
}

/**
 * The chat window on every public page: a button that opens a dialog calling the chatbot API.
 * Progressive enhancement only; without JavaScript the chatbot page's form does the same.
 */
export function initChatbotIsland(doc: Document, win: Window): void {
  if (doc.querySelector(".chatbot-form")) return; // the full page is already the chatbot
  const htmlLang = doc.documentElement.lang;
  const lang: Lang = htmlLang === "sv" || htmlLang === "en" ? htmlLang : "fi";
  const t = (key: TextKey): string => chatbotTexts[key][lang];
  let conversationId: string | undefined;
  let busy = false;

  const launcher = el(doc, "button", { class: "chatbot-launcher no-print", text: t("open") });
  launcher.type = "button";
  launcher.setAttribute("aria-haspopup", "dialog");

  const dialog = el(doc, "dialog", { class: "chatbot-dialog" });
  dialog.setAttribute("aria-labelledby", "chatbot-dialog-title");
  const head = el(doc, "div", { class: "chatbot-dialog-head" });
  const title = el(doc, "h2", { text: t("pageTitle") });
  title.id = "chatbot-dialog-title";
  const close = el(doc, "button", { class: "button-secondary", text: t("close") });
  close.type = "button";
  head.append(title, close);

  const log = el(doc, "div", { class: "chatbot-dialog-log" });
  log.setAttribute("role", "log");
  log.setAttribute("aria-live", "polite");
  log.setAttribute("aria-label", t("conversation"));
  log.append(el(doc, "p", { text: t("empty") }));

  const status = el(doc, "p", { class: "small" });
  status.id = "chatbot-island-status";
  status.setAttribute("role", "status");

  const form = el(doc, "form", { class: "chatbot-dialog-form" });
  const label = el(doc, "label", { text: t("questionLabel") });
  label.htmlFor = "chatbot-island-text";
  const textarea = el(doc, "textarea");
  textarea.id = "chatbot-island-text";
  textarea.name = "text";
  textarea.rows = 2;
  textarea.maxLength = 2000;
  textarea.setAttribute("aria-describedby", status.id);
  const send = el(doc, "button", { text: t("send") });
  send.type = "submit";
  form.append(label, textarea, send);

  const person = el(doc, "button", { class: "button-secondary", text: t("handoffButton") });
  person.type = "button";
  const full = el(doc, "a", { text: t("fullPage") });
  full.href = chatbotPaths[lang];
  const foot = el(doc, "p", { class: "chatbot-dialog-foot" });
  foot.append(person, " ", full);

  dialog.append(head, log, status, form, foot);
  doc.body.append(launcher, dialog);

  const open = (): void => {
    dialog.showModal();
    textarea.focus();
  };
  const shut = (): void => {
    dialog.close();
  };
  launcher.addEventListener("click", open);
  close.addEventListener("click", shut);
  // Esc closes a modal dialog natively; focus goes back to the button that opened it.
  dialog.addEventListener("close", () => {
    launcher.focus();
  });

  const renderReply = (reply: ApiReply): void => {
    const box = el(doc, "div", { class: reply.crisis ? "chatbot-reply chatbot-crisis" : "chatbot-reply" });
    box.append(el(doc, "p", { class: "visually-hidden", text: `${t("bot")}:` }));
    box.append(el(doc, "p", { class: "chatbot-text", text: reply.answer.text }));
    if (reply.answer.links.length > 0) {
      const list = el(doc, "ul");
      for (const link of reply.answer.links) {
        const href = safeHref(link.url);
        const item = el(doc, "li");
        if (href) {
          const a = el(doc, "a", { text: link.title });
          a.href = href;
          item.append(a);
        } else item.textContent = link.title;
        list.append(item);
      }
      box.append(list);
    }
    if (reply.handoff) {
      const h = reply.handoff;
      const section = el(doc, "div", { class: "box box-soft chatbot-handoff" });
      section.append(el(doc, "h3", { text: t("handoffTitle") }), el(doc, "p", { text: t("handoffText") }));
      if (h.chat.open === false) section.append(el(doc, "p", { text: t("handoffChatClosed") }));
      const links = el(doc, "ul");
      for (const [text, url] of [
        [t("handoffChat"), h.chat.url],
        [t("handoffQuestions"), h.questions.url],
      ] as const) {
        const a = el(doc, "a", { text });
        a.href = safeHref(url) ?? "#";
        const li = el(doc, "li");
        li.append(a);
        links.append(li);
      }
      section.append(links, el(doc, "h4", { text: t("handoffHelplines") }));
      const lines = el(doc, "ul", { class: "helplines" });
      for (const line of h.helplines) {
        const li = el(doc, "li", { text: line.phone ? `${line.name}: ` : line.name });
        if (line.phone && line.tel) {
          const a = el(doc, "a", { class: "phone", text: line.phone });
          a.href = `tel:${line.tel}`;
          li.append(a);
        }
        lines.append(li);
      }
      section.append(lines);
      box.append(section);
    }
    if (reply.suggestions.length > 0) {
      const group = el(doc, "div", { class: "chatbot-suggestions" });
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", reply.kind === "clarify" ? t("clarify") : t("suggestionsTitle"));
      for (const suggestion of reply.suggestions) {
        const button = el(doc, "button", { class: "button-secondary", text: suggestion.title });
        button.type = "button";
        button.addEventListener("click", () => {
          void ask(suggestion.title, suggestion.topic);
        });
        group.append(button);
      }
      box.append(group);
    }
    if (reply.kind !== "clarify") {
      const feedback = el(doc, "div", { class: "chatbot-feedback" });
      feedback.setAttribute("role", "group");
      feedback.setAttribute("aria-label", t("feedbackQuestion"));
      for (const [helpful, key] of [
        [true, "feedbackUp"],
        [false, "feedbackDown"],
      ] as const) {
        const button = el(doc, "button", { class: "button-secondary", text: t(key) });
        button.type = "button";
        button.addEventListener("click", () => {
          void win.fetch("/api/v1/chatbot/feedback", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ lang, helpful, topic: reply.topic }),
          });
          feedback.replaceChildren(el(doc, "p", { class: "small", text: t("feedbackThanks") }));
        });
        feedback.append(button);
      }
      box.append(feedback);
    }
    log.append(box);
    box.scrollIntoView({ block: "nearest" });
  };

  const ask = async (text: string, topic?: string): Promise<void> => {
    if (busy || text.trim() === "") return;
    busy = true;
    status.textContent = t("thinking");
    const mine = el(doc, "p", { class: "chatbot-you" });
    mine.append(el(doc, "strong", { text: `${t("you")}: ` }), text);
    log.append(mine);
    try {
      const response = await win.fetch("/api/v1/chatbot/messages", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          text,
          lang,
          ...(conversationId ? { conversationId } : {}),
          ...(topic ? { topic } : {}),
        }),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
        status.textContent = body?.error?.message ?? t("failed");
        return;
      }
      const reply = (await response.json()) as ApiReply;
      conversationId = reply.conversationId;
      status.textContent = "";
      renderReply(reply);
    } catch {
      status.textContent = t("failed");
    } finally {
      busy = false;
    }
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = textarea.value;
    if (text.trim() === "") {
      status.textContent = t("errorEmpty");
      textarea.focus();
      return;
    }
    textarea.value = "";
    void ask(text);
  });
  person.addEventListener("click", () => {
    void ask(t("handoffButton"));
  });
}
