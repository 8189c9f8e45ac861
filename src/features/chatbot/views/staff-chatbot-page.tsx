import type { Lang } from "../../../platform/i18n/index";
import type { ChatbotEngine } from "../answer-message";
import type { DailyCounts, UnansweredQuestion } from "../chatbot-stats";
import { chatbotText, countColumns } from "../texts";
import { type TopicId, topicIds } from "../topics";

function topicTitle(engine: ChatbotEngine, lang: Lang, topic: string): string {
  return (topicIds as readonly string[]).includes(topic)
    ? engine.knowledgeBase.topics[lang][topic as TopicId].title
    : topic;
}

/** Editors' view: anonymous daily counts and the scrubbed questions the chatbot could not answer. */
export function StaffChatbotPage(props: {
  lang: Lang;
  counts: readonly DailyCounts[];
  unanswered: readonly UnansweredQuestion[];
  engine: ChatbotEngine;
}) {
  const { lang, counts, unanswered, engine } = props;
  const c = (key: keyof typeof countColumns): string => countColumns[key][lang];
  return (
    <>
      <h1>{chatbotText(lang, "staffTitle")}</h1>
      <h2 id="chatbot-counts">{chatbotText(lang, "staffCounts")}</h2>
      {counts.length === 0 ? (
        <p>{chatbotText(lang, "staffNone")}</p>
      ) : (
        <table aria-labelledby="chatbot-counts">
          <thead>
            <tr>
              <th scope="col">{c("day")}</th>
              <th scope="col">{c("conversations")}</th>
              <th scope="col">{c("messages")}</th>
              <th scope="col">{c("crisis")}</th>
              <th scope="col">{c("handoffs")}</th>
              <th scope="col">{c("unanswered")}</th>
              <th scope="col">{c("unansweredShare")}</th>
              <th scope="col">{c("feedbackUp")}</th>
              <th scope="col">{c("feedbackDown")}</th>
              <th scope="col">{c("topTopics")}</th>
            </tr>
          </thead>
          <tbody>
            {counts.map((day) => (
              <tr key={day.day}>
                <th scope="row">{day.day}</th>
                <td>{day.conversations}</td>
                <td>{day.messages}</td>
                <td>{day.crisis}</td>
                <td>{day.handoffs}</td>
                <td>{day.unanswered}</td>
                <td>{day.messages > 0 ? `${Math.round((100 * day.unanswered) / day.messages)} %` : "–"}</td>
                <td>{day.feedbackUp}</td>
                <td>{day.feedbackDown}</td>
                <td>
                  {day.topTopics
                    .map((t) => `${topicTitle(engine, lang, t.topic)} (${t.messages})`)
                    .join(", ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{chatbotText(lang, "staffUnanswered")}</h2>
      {unanswered.length === 0 ? (
        <p>{chatbotText(lang, "staffNone")}</p>
      ) : (
        <ul class="chatbot-unanswered">
          {unanswered.map((q) => (
            <li key={q.id}>
              <span class="meta">
                {q.createdAt.toISOString().slice(0, 10)} · {q.lang}
              </span>{" "}
              {q.text}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
