import type { Lang } from "../../../platform/i18n/index";
import type { Municipality } from "../../services/index";
import type { ChatbotReply, Handoff } from "../answer-message";
import { chatbotText } from "../texts";

export interface ConversationTurn {
  /** What the person wrote, or the title of the topic button they pressed. */
  shown: string;
  reply: ChatbotReply;
}

/** Plain text with line breaks; every character is escaped by Preact, never parsed as markup. */
export function PlainText(props: { text: string }) {
  return (
    <>
      {props.text.split(/\n{2,}/).map((paragraph, i) => (
        <p key={i}>
          {paragraph.split("\n").map((line, j) => (
            <>
              {j > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
    </>
  );
}

export function HandoffBox(props: { lang: Lang; handoff: Handoff; headingId: string }) {
  const { lang, handoff } = props;
  const t = (key: Parameters<typeof chatbotText>[1]): string => chatbotText(lang, key);
  return (
    <section class="box box-soft chatbot-handoff" aria-labelledby={props.headingId}>
      <h3 id={props.headingId}>{t("handoffTitle")}</h3>
      <p>{t("handoffText")}</p>
      {handoff.chat.open === false && <p>{t("handoffChatClosed")}</p>}
      <ul>
        <li>
          <a href={handoff.chat.url}>{t("handoffChat")}</a>
        </li>
        <li>
          <a href={handoff.questions.url}>{t("handoffQuestions")}</a>
        </li>
      </ul>
      <h4>{t("handoffHelplines")}</h4>
      <ul class="helplines">
        {handoff.helplines.map((h) => (
          <li key={h.name}>
            <strong>{h.name}</strong>
            {h.phone && h.tel && (
              <>
                {" "}
                <a class="phone" href={`tel:${h.tel}`}>
                  {h.phone}
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReplyView(props: { lang: Lang; reply: ChatbotReply; index: number; last: boolean }) {
  const { lang, reply, index } = props;
  const t = (key: Parameters<typeof chatbotText>[1]): string => chatbotText(lang, key);
  return (
    <div class={reply.crisis ? "chatbot-reply chatbot-crisis" : "chatbot-reply"}>
      <PlainText text={reply.answer.text} />
      {reply.answer.links.length > 0 && (
        <>
          <h3 class="small">{t("linksTitle")}</h3>
          <ul>
            {reply.answer.links.map((link) => (
              <li key={link.url}>
                <a href={link.url}>{link.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {props.last && reply.suggestions.length > 0 && (
        <fieldset class="chatbot-suggestions">
          <legend>{reply.kind === "clarify" ? t("clarify") : t("suggestionsTitle")}</legend>
          {reply.suggestions.map((s) => (
            <button
              key={s.topic}
              type="submit"
              name="action"
              value={`topic:${s.topic}`}
              class="button-secondary"
            >
              {s.title}
            </button>
          ))}
        </fieldset>
      )}
      {reply.handoff && <HandoffBox lang={lang} handoff={reply.handoff} headingId={`handoff-${index}`} />}
    </div>
  );
}

export function ChatbotPage(props: {
  lang: Lang;
  action: string;
  turns: readonly ConversationTurn[];
  history: string;
  municipalities: readonly Municipality[];
  municipality: string | undefined;
  error: string | undefined;
  notice: string | undefined;
  handoff: Handoff | undefined;
  text: string;
}) {
  const { lang, turns } = props;
  const t = (key: Parameters<typeof chatbotText>[1]): string => chatbotText(lang, key);
  const lastReply = turns.at(-1)?.reply;
  return (
    <>
      <h1>{t("pageTitle")}</h1>
      <p class="lead">{t("pageLead")}</p>
      <form method="post" action={props.action} class="chatbot-form">
        <input type="hidden" name="history" value={props.history} />
        <section aria-labelledby="chatbot-conversation" class="chatbot-conversation">
          <h2 id="chatbot-conversation">{t("conversation")}</h2>
          {turns.length === 0 ? (
            <p>{t("empty")}</p>
          ) : (
            <ol class="chatbot-log">
              {turns.map((turn, i) => (
                <li key={i}>
                  <p class="chatbot-you">
                    <strong>{t("you")}:</strong> {turn.shown}
                  </p>
                  <p class="visually-hidden">{t("bot")}:</p>
                  <ReplyView lang={lang} reply={turn.reply} index={i} last={i === turns.length - 1} />
                </li>
              ))}
            </ol>
          )}
          {props.notice && (
            <p class="notice" role="status">
              {props.notice}
            </p>
          )}
          {lastReply && lastReply.kind !== "clarify" && !props.notice && (
            <fieldset class="chatbot-feedback">
              <legend>{t("feedbackQuestion")}</legend>
              <button type="submit" name="action" value="up" class="button-secondary">
                <span aria-hidden="true">👍 </span>
                {t("feedbackUp")}
              </button>
              <button type="submit" name="action" value="down" class="button-secondary">
                <span aria-hidden="true">👎 </span>
                {t("feedbackDown")}
              </button>
            </fieldset>
          )}
          {props.handoff && <HandoffBox lang={lang} handoff={props.handoff} headingId="handoff-requested" />}
        </section>
        <div class="field">
          <label for="chatbot-text">{t("questionLabel")}</label>
          <p class="small" id="chatbot-text-hint">
            {t("questionHint")}
          </p>
          {props.error && (
            <p class="error-text" id="chatbot-text-error">
              {props.error}
            </p>
          )}
          <textarea
            id="chatbot-text"
            name="text"
            rows={3}
            maxLength={2000}
            aria-describedby={props.error ? "chatbot-text-hint chatbot-text-error" : "chatbot-text-hint"}
            aria-invalid={props.error ? "true" : undefined}
          >
            {props.text}
          </textarea>
        </div>
        <div class="field">
          <label for="chatbot-municipality">{t("municipalityLabel")}</label>
          <p class="small" id="chatbot-municipality-hint">
            {t("municipalityHint")}
          </p>
          <select id="chatbot-municipality" name="municipality" aria-describedby="chatbot-municipality-hint">
            <option value="">{t("municipalityNone")}</option>
            {props.municipalities.map((m) => (
              <option key={m.code} value={m.code} selected={m.code === props.municipality}>
                {m.names[lang]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" name="action" value="ask">
          {t("send")}
        </button>{" "}
        <button type="submit" name="action" value="handoff" class="button-secondary">
          {t("handoffButton")}
        </button>
      </form>
    </>
  );
}
