import type { Lang } from "../../../platform/i18n/index";
import { pagePath } from "../../../platform/views/paths";
import type { CrisisContact } from "../../services/index";
import { CrisisContactsList } from "../../site/index";
import { formatDate } from "../format-date";
import type { PersonalDataKind } from "../find-personal-data";
import { QUESTION_MAX_CHARS, type ClientThread, type PublicService } from "../service";
import { text, topicName } from "../texts";

/** The page that reads answers; the code travels only in form bodies posted here. */
export const readPaths: Record<Lang, string> = {
  fi: "/fi/kysy/vastaus",
  sv: "/sv/fraga/svar",
  en: "/en/ask/answer",
};

export interface AskValues {
  serviceId?: string | undefined;
  text?: string | undefined;
  voucher?: string | undefined;
  topic?: string | undefined;
  notifyEmail?: string | undefined;
}

export type AskErrors = Partial<Record<"serviceId" | "text" | "voucher" | "topic" | "notifyEmail", string>>;

function FieldError(props: { id: string; message: string | undefined }) {
  if (!props.message) return null;
  return (
    <p class="error-text" id={props.id}>
      {props.message}
    </p>
  );
}

export function AskForm(props: {
  lang: Lang;
  services: PublicService[];
  values: AskValues;
  errors: AskErrors;
  personalData?: PersonalDataKind[];
  /** False when no mail can be sent: the e-mail field is then not offered at all. */
  mailAvailable: boolean;
}) {
  const { lang, values, errors } = props;
  const selected = values.serviceId ?? props.services.find((s) => !s.voucherRequired)?.id;
  // Topics are per service: grouped under each service's name, so that without JavaScript too a person sees
  // which service covers what; a topic the chosen service does not cover is refused at this field.
  const withTopics = props.services.filter((s) => s.topics.length > 0);
  // The person's choice stays selected, in the chosen service's group when it has the topic.
  const topicHolder =
    values.topic === undefined || values.topic === ""
      ? undefined
      : (withTopics.find((s) => s.id === selected && s.topics.includes(values.topic ?? "")) ??
        withTopics.find((s) => s.topics.includes(values.topic ?? "")));
  const topicOptions = (service: PublicService) =>
    service.topics.map((topic) => (
      <option key={topic} value={topic} selected={service === topicHolder && values.topic === topic}>
        {topicName(lang, topic)}
      </option>
    ));
  const errorList = Object.entries(errors).filter(([, message]) => message);
  return (
    <form method="post" action={pagePath("questions", lang)} class="questions-ask" novalidate>
      {errorList.length > 0 && (
        <div class="error-summary" role="alert" id="error-summary">
          <ul>
            {errorList.map(([field, message]) => (
              <li key={field}>
                <a href={`#${field === "serviceId" ? `service-${selected ?? ""}` : field}`}>{message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {props.personalData && props.personalData.length > 0 && (
        <div class="box questions-pii" role="alert" id="personal-data">
          <h2>{text(lang, "personalDataTitle")}</h2>
          <p>{text(lang, "personalDataText")}</p>
          <ul>
            {props.personalData.map((kind) => (
              <li key={kind}>{text(lang, `pii.${kind}`)}</li>
            ))}
          </ul>
        </div>
      )}
      <fieldset aria-describedby={errors.serviceId ? "serviceId-error" : undefined}>
        <legend>{text(lang, "chooseService")}</legend>
        <FieldError id="serviceId-error" message={errors.serviceId} />
        {props.services.map((s) => (
          <div class="questions-service" key={s.id}>
            <label class="choice" for={`service-${s.id}`}>
              <input
                type="radio"
                id={`service-${s.id}`}
                name="serviceId"
                value={s.id}
                checked={s.id === selected}
                aria-describedby={`service-${s.id}-info`}
              />
              {s.name}
            </label>
            <p class="small" id={`service-${s.id}-info`}>
              {s.description} {text(lang, "answerWithin", { days: s.answerWithinWorkingDays })}.{" "}
              {s.voucherRequired ? text(lang, "voucherNeeded") : ""}
            </p>
          </div>
        ))}
      </fieldset>
      <div class="field">
        <label for="text">{text(lang, "questionLabel")}</label>
        <p class="small" id="text-hint">
          {text(lang, "questionHint")}
        </p>
        <FieldError id="text-error" message={errors.text} />
        <textarea
          id="text"
          name="text"
          rows={10}
          maxLength={QUESTION_MAX_CHARS}
          aria-describedby={errors.text ? "text-hint text-error" : "text-hint"}
          aria-invalid={errors.text ? "true" : undefined}
        >
          {values.text ?? ""}
        </textarea>
      </div>
      <div class="field">
        <label for="voucher">{text(lang, "voucherLabel")}</label>
        <p class="small" id="voucher-hint">
          {text(lang, "voucherHint")}
        </p>
        <FieldError id="voucher-error" message={errors.voucher} />
        <input
          type="text"
          id="voucher"
          name="voucher"
          autocomplete="off"
          spellcheck={false}
          maxLength={100}
          value={values.voucher ?? ""}
          data-voucher-field
          data-filled-text={text(lang, "voucherFilled")}
          aria-describedby={errors.voucher ? "voucher-hint voucher-error" : "voucher-hint"}
          aria-invalid={errors.voucher ? "true" : undefined}
        />
        <p class="small" role="status" data-voucher-status></p>
      </div>
      {withTopics.length > 0 && (
        <div class="field">
          <label for="topic">{text(lang, "topicLabel")}</label>
          <p class="small" id="topic-hint">
            {text(lang, "topicHint")}
          </p>
          <FieldError id="topic-error" message={errors.topic} />
          <select
            id="topic"
            name="topic"
            aria-describedby={errors.topic ? "topic-hint topic-error" : "topic-hint"}
            aria-invalid={errors.topic ? "true" : undefined}
          >
            <option value="">{text(lang, "topicNotSure")}</option>
            {withTopics.length === 1 && withTopics[0]
              ? topicOptions(withTopics[0])
              : withTopics.map((s) => (
                  <optgroup key={s.id} label={s.name} data-service-topics={s.id}>
                    {topicOptions(s)}
                  </optgroup>
                ))}
          </select>
        </div>
      )}
      {props.mailAvailable && (
        <div class="field">
          <label for="notifyEmail">{text(lang, "emailLabel")}</label>
          <p class="small" id="notifyEmail-hint">
            {text(lang, "emailHint")}
          </p>
          <FieldError id="notifyEmail-error" message={errors.notifyEmail} />
          <input
            type="email"
            id="notifyEmail"
            name="notifyEmail"
            autocomplete="email"
            spellcheck={false}
            maxLength={254}
            value={values.notifyEmail ?? ""}
            aria-describedby={errors.notifyEmail ? "notifyEmail-hint notifyEmail-error" : "notifyEmail-hint"}
            aria-invalid={errors.notifyEmail ? "true" : undefined}
          />
        </div>
      )}
      {props.personalData && props.personalData.length > 0 ? (
        <p class="questions-actions">
          <button type="submit">{text(lang, "send")}</button>{" "}
          <button type="submit" name="confirmed" value="yes" class="button-secondary">
            {text(lang, "sendAnyway")}
          </button>
        </p>
      ) : (
        <button type="submit">{text(lang, "send")}</button>
      )}
    </form>
  );
}

export function ReadForm(props: { lang: Lang; error?: string | undefined; headingLevel?: 1 | 2 }) {
  const { lang } = props;
  const Heading = props.headingLevel === 1 ? "h1" : "h2";
  return (
    <section aria-labelledby="read-heading" class="box box-soft">
      <Heading id="read-heading">{text(lang, "readTitle")}</Heading>
      <form method="post" action={readPaths[lang]}>
        <input type="hidden" name="action" value="read" />
        <div class="field">
          <label for="retrievalCode">{text(lang, "codeLabel")}</label>
          <p class="small" id="code-hint">
            {text(lang, "readLead")}
          </p>
          <FieldError id="code-error" message={props.error} />
          <input
            type="text"
            id="retrievalCode"
            name="retrievalCode"
            autocomplete="off"
            spellcheck={false}
            maxLength={100}
            aria-describedby={props.error ? "code-hint code-error" : "code-hint"}
            aria-invalid={props.error ? "true" : undefined}
          />
        </div>
        <button type="submit">{text(lang, "readButton")}</button>
      </form>
    </section>
  );
}

export function AskPage(props: {
  lang: Lang;
  services: PublicService[];
  values: AskValues;
  errors: AskErrors;
  personalData?: PersonalDataKind[];
  mailAvailable: boolean;
}) {
  return (
    <>
      <h1>{text(props.lang, "title")}</h1>
      <p class="lead">{text(props.lang, "lead")}</p>
      <AskForm {...props} />
      <ReadForm lang={props.lang} />
    </>
  );
}

export function ReceiptPage(props: {
  lang: Lang;
  code: string;
  due: Date;
  crisis: boolean;
  contacts: CrisisContact[];
  origin: string;
}) {
  const { lang } = props;
  return (
    <>
      {props.crisis && (
        <>
          <p class="error-summary" role="alert">
            {text(lang, "crisisAfterSend")}
          </p>
          <CrisisContactsList lang={lang} contacts={props.contacts} />
        </>
      )}
      <h1>{text(lang, "receiptTitle")}</h1>
      <section class="questions-slip" aria-labelledby="slip-code-label">
        <p id="slip-code-label">{text(lang, "receiptCodeIntro")}</p>
        <p class="questions-code" data-retrieval-code>
          {props.code}
        </p>
        <p>{text(lang, "receiptDue", { date: formatDate(lang, props.due) })}</p>
        <p>{text(lang, "receiptHow", { path: `${props.origin}${pagePath("questions", lang)}` })}</p>
      </section>
      <p class="small no-print">{text(lang, "printHint")}</p>
    </>
  );
}

export function ThreadPage(props: {
  lang: Lang;
  code: string;
  thread: ClientThread;
  notice?: string | undefined;
  error?: string | undefined;
  followUpText?: string | undefined;
  crisisContacts?: CrisisContact[] | undefined;
}) {
  const { lang, thread, code } = props;
  const Hidden = (p: { action: string }) => (
    <>
      <input type="hidden" name="action" value={p.action} />
      <input type="hidden" name="retrievalCode" value={code} />
    </>
  );
  return (
    <>
      {props.crisisContacts && (
        <>
          <p class="error-summary" role="alert">
            {text(lang, "crisisAfterSend")}
          </p>
          <CrisisContactsList lang={lang} contacts={props.crisisContacts} />
        </>
      )}
      <h1>{text(lang, "threadTitle")}</h1>
      {props.notice && (
        <p class="notice" role="status">
          {props.notice}
        </p>
      )}
      {props.error && (
        <p class="error-summary" role="alert" id="error-summary">
          {props.error}
        </p>
      )}
      <dl class="questions-meta">
        <dt>{text(lang, "statusLabel")}</dt>
        <dd data-thread-status={thread.status}>{text(lang, `status.${thread.status}`)}</dd>
        {thread.status === "waiting" && (
          <>
            <dt>{text(lang, "dueLabel")}</dt>
            <dd>{formatDate(lang, thread.answerDue)}</dd>
          </>
        )}
      </dl>
      <ol class="questions-messages">
        {thread.messages.map((m, i) => (
          <li key={i} class={m.from === "professional" ? "from-professional" : "from-client"}>
            <p class="meta">
              <strong>
                {m.from === "professional" ? text(lang, "fromProfessional") : text(lang, "fromClient")}
              </strong>{" "}
              · {formatDate(lang, m.at, true)}
            </p>
            <p class="questions-text">{m.text}</p>
          </li>
        ))}
      </ol>
      {thread.status === "closed" ? (
        <p>{text(lang, "closed")}</p>
      ) : thread.followUpsLeft > 0 ? (
        <form method="post" action={readPaths[lang]}>
          <Hidden action="follow-up" />
          <div class="field">
            <label for="followup">{text(lang, "followUpLabel")}</label>
            <p class="small" id="followup-hint">
              {text(lang, "followUpHint", { left: thread.followUpsLeft })} {text(lang, "questionHint")}
            </p>
            <textarea
              id="followup"
              name="text"
              rows={6}
              maxLength={QUESTION_MAX_CHARS}
              aria-describedby="followup-hint"
            >
              {props.followUpText ?? ""}
            </textarea>
          </div>
          <button type="submit">{text(lang, "followUpSend")}</button>
        </form>
      ) : (
        <p>{text(lang, "noMoreFollowUps")}</p>
      )}
      {thread.messages.some((m) => m.from === "professional") && thread.feedback === null && (
        <form method="post" action={readPaths[lang]}>
          <Hidden action="feedback" />
          <fieldset>
            <legend>{text(lang, "feedbackLegend")}</legend>
            <label class="choice" for="helped-yes">
              <input type="radio" id="helped-yes" name="helped" value="yes" /> {text(lang, "feedbackYes")}
            </label>
            <label class="choice" for="helped-no">
              <input type="radio" id="helped-no" name="helped" value="no" /> {text(lang, "feedbackNo")}
            </label>
          </fieldset>
          <button type="submit" class="button-secondary">
            {text(lang, "feedbackSend")}
          </button>
        </form>
      )}
      {thread.status !== "closed" && (
        <form method="post" action={readPaths[lang]}>
          <Hidden action="close" />
          <h2>{text(lang, "closeTitle")}</h2>
          <p>{text(lang, "closeText", { days: thread.retentionDays })}</p>
          <button type="submit" class="button-secondary">
            {text(lang, "closeButton")}
          </button>
        </form>
      )}
    </>
  );
}
