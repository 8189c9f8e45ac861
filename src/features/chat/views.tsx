import type { Lang } from "../../platform/i18n/index";
import { pagePath } from "../../platform/views/paths";
import { crisisContacts, formatOpeningHours, loadHelplines, type OpeningStatus } from "../services/index";
import { CrisisContactsList } from "../site/index";
import type { ChatMessage, ChatService } from "./service";
import { chatText, chatTexts } from "./texts";

const helplines = loadHelplines();

export function formatWhen(date: Date, lang: Lang): string {
  return new Intl.DateTimeFormat({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang], {
    timeZone: "Europe/Helsinki",
    weekday: "long",
    day: "numeric",
    month: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatEta(seconds: number, lang: Lang): string {
  if (seconds < 60) return chatText(lang, "lessThanMinute");
  return `${String(Math.round(seconds / 60))} ${chatText(lang, "minutes")}`;
}

export function Crisis(props: { lang: Lang }) {
  return <CrisisContactsList lang={props.lang} contacts={crisisContacts({ lang: props.lang, helplines })} />;
}

/** Outside opening hours: when it opens and where to turn meanwhile. */
export function ClosedNotice(props: { lang: Lang; service: ChatService; opensAt?: Date | undefined }) {
  const { lang } = props;
  return (
    <>
      <section class="box" aria-labelledby="chat-closed">
        <h2 id="chat-closed">{chatText(lang, "closedTitle")}</h2>
        {props.opensAt && (
          <p>
            {chatText(lang, "opensAt")} <strong>{formatWhen(props.opensAt, lang)}</strong>.
          </p>
        )}
        <h3>{chatText(lang, "openingHours")}</h3>
        <ul>
          {formatOpeningHours({ hours: props.service.openingHours, lang, from: new Date() }).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h3>{chatText(lang, "alternativesTitle")}</h3>
        <ul>
          <li>
            <a href={pagePath("chatbot", lang)}>{chatText(lang, "altChatbot")}</a>
          </li>
          <li>
            <a href={pagePath("questions", lang)}>{chatText(lang, "altQuestions")}</a>
          </li>
        </ul>
      </section>
      <Crisis lang={lang} />
    </>
  );
}

export function WhileWaiting(props: { lang: Lang }) {
  const { lang } = props;
  return (
    <>
      <p>{chatText(lang, "whileWaiting")}:</p>
      <ul>
        <li>
          <a href={pagePath("selfCare", lang)} target="_blank" rel="noopener">
            {chatText(lang, "selfCare")}
          </a>
        </li>
        <li>
          <a href={pagePath("questionnaires", lang)} target="_blank" rel="noopener">
            {chatText(lang, "questionnaires")}
          </a>
        </li>
        <li>
          <a href={pagePath("chatbot", lang)} target="_blank" rel="noopener">
            {chatText(lang, "chatbot")}
          </a>
        </li>
      </ul>
    </>
  );
}

/** The pre-chat form; it posts to the no-JS start, and the island takes it over when scripts run. */
export function StartForm(props: { lang: Lang; service: ChatService; action: string }) {
  const { lang, service } = props;
  return (
    <form method="post" action={props.action} id="chat-start" class="chat-start">
      <input type="hidden" name="serviceId" value={service.id} />
      <input type="hidden" name="ui" value={lang} />
      <fieldset>
        <legend>{chatText(lang, "topicLegend")}</legend>
        {service.topics.map((t) => (
          <label class="choice" key={t.id} for={`topic-${t.id}`}>
            <input type="radio" id={`topic-${t.id}`} name="topic" value={t.id} /> {t.names[lang]}
          </label>
        ))}
        <label class="choice" for="topic-none">
          <input type="radio" id="topic-none" name="topic" value="" checked /> {chatText(lang, "topicNone")}
        </label>
      </fieldset>
      <div class="field">
        <label for="chat-lang">{chatText(lang, "langLabel")}</label>
        <select id="chat-lang" name="lang">
          {service.languages.map((l) => (
            <option key={l} value={l} selected={l === lang}>
              {{ fi: "suomi", sv: "svenska", en: "English" }[l]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{chatText(lang, "start")}</button>
    </form>
  );
}

/** The chat page: pre-chat choices, and the conversation the island shows after starting. */
export function ChatPage(props: { lang: Lang; service: ChatService; status: OpeningStatus }) {
  const { lang, service, status } = props;
  const texts = Object.fromEntries(Object.entries(chatTexts).map(([k, v]) => [k, v[lang]]));
  return (
    <>
      <h1>{chatText(lang, "title")}</h1>
      <p>{chatText(lang, "intro")}</p>
      {!status.open ? (
        <ClosedNotice lang={lang} service={service} opensAt={status.opensAt} />
      ) : (
        <div id="chat-app" class="chat-app" data-texts={JSON.stringify(texts)} data-lang={lang}>
          <p class="notice" id="chat-open-now">
            {chatText(lang, "openNow")}
          </p>
          <StartForm lang={lang} service={service} action="/chat/nojs/start" />
          <section id="chat-conversation" class="chat-panel" hidden aria-labelledby="chat-conv-title">
            <div class="chat-panel-head">
              <h2 id="chat-conv-title">{chatText(lang, "conversation")}</h2>
              <p id="chat-status" class="chat-status" role="status" aria-live="polite"></p>
            </div>
            <div id="chat-crisis" class="chat-crisis-box" hidden>
              <Crisis lang={lang} />
            </div>
            <div id="chat-waiting" class="box box-soft chat-waiting" hidden>
              <WhileWaiting lang={lang} />
            </div>
            <ol
              id="chat-log"
              class="chat-log chat-log-live"
              tabindex={0}
              aria-labelledby="chat-conv-title"
              aria-live="polite"
              aria-relevant="additions"
            ></ol>
            <p id="chat-typing" class="small chat-typing" aria-live="polite"></p>
            <p id="chat-error" class="error-text" role="alert"></p>
            <form id="chat-compose" class="chat-compose">
              <div class="field">
                <label for="chat-text">{chatText(lang, "messageLabel")}</label>
                <textarea id="chat-text" name="text" rows={3} maxLength={4000} required></textarea>
              </div>
              <div class="chat-actions">
                <button type="submit">{chatText(lang, "send")}</button>
                <button type="button" id="chat-end" class="button-secondary">
                  {chatText(lang, "end")}
                </button>
              </div>
            </form>
            <div id="chat-after" class="chat-after" hidden>
              <p>{chatText(lang, "ended")}</p>
              <p>
                <button type="button" id="chat-transcript" class="button-secondary">
                  {chatText(lang, "transcript")}
                </button>
              </p>
              <form id="chat-feedback">
                <FeedbackFields lang={lang} />
              </form>
              <p id="chat-feedback-thanks" role="status"></p>
            </div>
          </section>
        </div>
      )}
    </>
  );
}

export function FeedbackFields(props: { lang: Lang }) {
  const { lang } = props;
  return (
    <>
      <fieldset>
        <legend>{chatText(lang, "feedbackLegend")}</legend>
        {[1, 2, 3, 4, 5].map((n) => (
          <label class="choice" key={n} for={`rating-${String(n)}`}>
            <input type="radio" id={`rating-${String(n)}`} name="rating" value={String(n)} required /> {n}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="feedback-text">{chatText(lang, "feedbackText")}</label>
        <textarea id="feedback-text" name="text" rows={3} maxLength={2000}></textarea>
      </div>
      <button type="submit">{chatText(lang, "feedbackSend")}</button>
    </>
  );
}

/** What the person wrote and could not send, given back to copy (read-only: it goes nowhere from here). */
export function KeptText(props: { lang: Lang; text: string }) {
  return (
    <div class="field">
      <label for="nojs-kept">{chatText(props.lang, "yourText")}</label>
      <textarea id="nojs-kept" rows={5} readOnly>
        {props.text}
      </textarea>
    </div>
  );
}

/** Who wrote a message, as the client reads it: each worker message by the alias its writer had then. */
export function senderName(m: ChatMessage, lang: Lang): string {
  if (m.from === "client") return chatText(lang, "you");
  if (m.from === "worker") return m.alias === null || m.alias === "" ? chatText(lang, "worker") : m.alias;
  return chatText(lang, "system");
}

export function MessageList(props: { lang: Lang; messages: readonly ChatMessage[] }) {
  const { lang } = props;
  return (
    <ol class="chat-log">
      {props.messages.map((m) => (
        <li key={m.id} class={`chat-msg chat-msg-${m.from}`}>
          <span class="chat-who">{senderName(m, lang)}</span>{" "}
          <span class="small">{formatTime(m.at, lang)}</span>
          <p class="chat-text">{m.text}</p>
        </li>
      ))}
    </ol>
  );
}

export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat({ fi: "fi-FI", sv: "sv-FI", en: "en-GB" }[lang], {
    timeZone: "Europe/Helsinki",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function transcriptText(options: { lang: Lang; messages: readonly ChatMessage[] }): string {
  return options.messages.map((m) => `[${m.at}] ${senderName(m, options.lang)}: ${m.text}`).join("\n");
}
