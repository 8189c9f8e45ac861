import { LinkList } from "../../../platform/views/link-list";
import type { CrisisContact } from "../../services/index";
import { CrisisContactsList } from "../../site/index";
import type { Lang } from "../../../platform/i18n/lang";
import { pagePath } from "../../../platform/views/paths";
import type { ContentLink } from "../content-links";
import type { ResolvedItem } from "../fhir-common";
import type { QuestionnaireSlug } from "../instrument-schema";
import type { FhirQuestionnaireItem } from "../fhir-schemas";
import type { FormQuestionnaire } from "../form-questionnaire";
import { type FieldError, fieldName } from "../parse-form-answers";
import type { QuestionnaireFormState } from "../parse-questionnaire-form";
import type { QuestionnaireScore } from "../schemas";
import type { ResultText } from "../result-texts";
import { flagTexts } from "../result-texts";
import type { ScaleSegment } from "../score-scale";
import { fill, languageName, texts } from "../texts";
import { ScoreScale } from "./score-scale";
import {
  ConditionalGroup,
  FormItemField,
  conditionHint,
  errorText,
  firstControlId,
  groupByCondition,
  islandRule,
} from "./form-fields";

export interface QuestionnaireSummary {
  slug: QuestionnaireSlug;
  name: string;
  itemCount: number;
  languages: readonly Lang[];
  displayLang: Lang;
  url: string;
}

export function QuestionnaireListPage(props: { lang: Lang; entries: readonly QuestionnaireSummary[] }) {
  const { lang } = props;
  return (
    <>
      <h1>{texts.listTitle[lang]}</h1>
      <p class="lead">{texts.listLead[lang]}</p>
      <p class="notice">{texts.nothingStored[lang]}</p>
      <ul class="cards">
        {props.entries.map((entry) => (
          <li key={entry.slug}>
            <h2 class="card-title">
              <a href={entry.url}>{entry.name}</a>
            </h2>
            <p class="meta">
              {entry.itemCount} {texts.questions[lang]} · {texts.availableIn[lang]}:{" "}
              {entry.languages.map((l) => languageName(l, lang)).join(", ")}
            </p>
            {entry.displayLang !== lang && (
              <p class="small">
                {fill(texts.listLanguageNote[lang], { lang: languageName(entry.displayLang, lang) })}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

export function LanguageNote(props: { lang: Lang; displayLang: Lang }) {
  if (props.lang === props.displayLang) return null;
  return (
    <p class="notice q-language-note">
      {fill(texts.languageNote[props.lang], { lang: languageName(props.displayLang, props.lang) })}
    </p>
  );
}

/** The answers given so far, carried from page to page in the form itself (nothing is stored on the server). */
export function AnswerFields(props: { state: QuestionnaireFormState; except?: readonly string[] }) {
  return (
    <>
      {Object.entries(props.state.values).map(([linkId, value]) =>
        props.except?.includes(linkId) ? null : (
          <input key={linkId} type="hidden" name={fieldName(linkId)} value={value} />
        ),
      )}
    </>
  );
}

export type FormMode = { kind: "all" } | { kind: "step"; index: number; position: number; total: number };

/** One step of the one-question-at-a-time form: an instrument item, or all of Luukku's own items together. */
export type FormStep = { kind: "item"; item: FhirQuestionnaireItem } | { kind: "extras" };

export function formSteps(form: FormQuestionnaire): FormStep[] {
  return [
    ...form.questions.map((item): FormStep => ({ kind: "item", item })),
    ...(form.extras.length > 0 ? [{ kind: "extras" } as const] : []),
  ];
}

interface FormPageProps {
  lang: Lang;
  form: FormQuestionnaire;
  name: string;
  state: QuestionnaireFormState | undefined;
  showErrors: boolean;
  mode: FormMode;
  action: string;
  licence: string;
}

function numbering(form: FormQuestionnaire): Map<string, number> {
  let n = 0;
  return new Map(form.questions.filter((i) => i.required === true).map((i) => [i.linkId, ++n]));
}

function ItemField(props: {
  lang: Lang;
  form: FormQuestionnaire;
  item: FhirQuestionnaireItem;
  numbers: Map<string, number>;
  state: QuestionnaireFormState | undefined;
  errors: readonly FieldError[];
}) {
  const { item, lang } = props;
  const own = props.form.extras.includes(item);
  return (
    <FormItemField
      lang={lang}
      item={item}
      number={props.numbers.get(item.linkId)}
      note={!own && item.required !== true ? texts.supplementary[lang] : undefined}
      value={props.state?.values[item.linkId]}
      error={props.errors.find((e) => e.linkId === item.linkId)}
    />
  );
}

function ExtrasFieldset(props: {
  lang: Lang;
  form: FormQuestionnaire;
  state: QuestionnaireFormState | undefined;
  errors: readonly FieldError[];
}) {
  const { lang } = props;
  return (
    <fieldset class="q-item" id="q-about-you" aria-describedby="about-you-hint">
      <legend>
        {texts.aboutYou[lang]} <span class="small">({texts.optional[lang]})</span>
      </legend>
      <p class="small" id="about-you-hint">
        {texts.aboutYouHint[lang]}
      </p>
      {props.form.extras.map((item) => (
        <ItemField key={item.linkId} {...props} item={item} numbers={new Map()} />
      ))}
    </fieldset>
  );
}

function ErrorSummary(props: {
  lang: Lang;
  form: FormQuestionnaire;
  numbers: Map<string, number>;
  errors: readonly FieldError[];
}) {
  const { lang } = props;
  if (props.errors.length === 0) return null;
  const onlyMissing = props.errors.every((e) => e.code === "required");
  return (
    <div class="error-summary" role="alert" id="error-summary" tabIndex={-1}>
      <p>{onlyMissing ? texts.errorSummary[lang] : texts.fixErrors[lang]}</p>
      <ul>
        {props.errors.map((error) => {
          const item = props.form.items.find((i) => i.linkId === error.linkId);
          if (!item) return null;
          const number = props.numbers.get(item.linkId);
          const label = number !== undefined ? `${texts.question[lang]} ${String(number)}` : item.text;
          return (
            <li key={error.linkId}>
              <a href={`#${firstControlId(item)}`}>
                {label}: {errorText(lang, error)}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Instrument items in one-page mode: items with enableWhen are grouped under a plain hint (see CONTEXT.md). */
function AllItems(props: FormPageProps & { numbers: Map<string, number>; errors: readonly FieldError[] }) {
  const { form, lang } = props;
  return (
    <>
      {groupByCondition(form.questions).map((group) => {
        const fields = group.items.map((item) => <ItemField key={item.linkId} {...props} item={item} />);
        return group.rule ? (
          <ConditionalGroup
            key={group.rule.linkId}
            lang={lang}
            hint={conditionHint(lang, group.rule, form.items)}
            rule={islandRule(group.rule, form.items)}
          >
            {fields}
          </ConditionalGroup>
        ) : (
          fields
        );
      })}
    </>
  );
}

export function QuestionnaireFormPage(props: FormPageProps) {
  const { lang, form, state, mode } = props;
  const displayLang = form.displayLang;
  const otherLang = displayLang === lang ? undefined : displayLang;
  const errors = props.showErrors ? (state?.errors ?? []) : [];
  const numbers = numbering(form);
  const answeredCount = state ? state.answers.filter((a) => a !== undefined).length : 0;
  return (
    <>
      <p class="small no-print">
        <a href={pagePath("questionnaires", lang)}>{texts.backToQuestionnaires[lang]}</a>
      </p>
      <h1 lang={otherLang}>{props.name}</h1>
      <LanguageNote lang={lang} displayLang={displayLang} />
      <p class="small">{texts.nothingStored[lang]}</p>
      <ErrorSummary lang={lang} form={form} numbers={numbers} errors={errors} />
      {mode.kind === "all" ? (
        <>
          <p class="no-print small">
            <a href={`${props.action}?step=1`}>{texts.oneAtATime[lang]}</a>
          </p>
          <form method="post" action={props.action} class="q-form" novalidate data-q-form="">
            <input type="hidden" name="mode" value="all" />
            {form.instructions && (
              <p class="q-instructions" lang={otherLang}>
                {form.instructions}
              </p>
            )}
            <div lang={otherLang}>
              <AllItems {...props} numbers={numbers} errors={errors} />
            </div>
            {form.extras.length > 0 && (
              <ExtrasFieldset lang={lang} form={form} state={state} errors={errors} />
            )}
            {state && (
              <p class="small" aria-live="polite">
                {fill(texts.answered[lang], { n: answeredCount, total: numbers.size })}
              </p>
            )}
            <button type="submit" name="action" value="finish">
              {texts.showResult[lang]}
            </button>
          </form>
        </>
      ) : (
        <StepForm {...props} mode={mode} numbers={numbers} errors={errors} />
      )}
      <details class="small q-source">
        <summary>{texts.source[lang]}</summary>
        <p>{props.licence}</p>
      </details>
    </>
  );
}

function StepForm(
  props: FormPageProps & {
    mode: Extract<FormMode, { kind: "step" }>;
    numbers: Map<string, number>;
    errors: readonly FieldError[];
  },
) {
  const { lang, form, state, mode } = props;
  const otherLang = form.displayLang === lang ? undefined : form.displayLang;
  const step = formSteps(form)[mode.index];
  const shown = step?.kind === "item" ? [step.item.linkId] : form.extras.map((i) => i.linkId);
  const last = mode.position >= mode.total;
  return (
    <>
      <p class="no-print small">
        <a href={props.action}>{texts.allAtOnce[lang]}</a>
      </p>
      <p id="q-progress-label">{fill(texts.progress[lang], { n: mode.position, total: mode.total })}</p>
      <progress max={mode.total} value={mode.position} aria-labelledby="q-progress-label" />
      <form method="post" action={props.action} class="q-form" novalidate>
        <input type="hidden" name="mode" value="step" />
        <input type="hidden" name="step" value={String(mode.index)} />
        {state && <AnswerFields state={state} except={shown} />}
        {mode.position === 1 && form.instructions && (
          <p class="q-instructions" lang={otherLang}>
            {form.instructions}
          </p>
        )}
        {step?.kind === "item" ? (
          <div lang={otherLang}>
            <ItemField {...props} item={step.item} />
          </div>
        ) : (
          <ExtrasFieldset lang={lang} form={form} state={state} errors={props.errors} />
        )}
        <div class="q-actions">
          {mode.position > 1 && (
            <button type="submit" name="action" value="back" class="button-secondary">
              {texts.back[lang]}
            </button>
          )}{" "}
          <button type="submit" name="action" value={last ? "finish" : "next"}>
            {last ? texts.showResult[lang] : texts.next[lang]}
          </button>
        </div>
      </form>
    </>
  );
}

export interface ShareOption {
  slug: string;
  name: string;
}

export interface ResultPageProps {
  lang: Lang;
  displayLang: Lang;
  slug: QuestionnaireSlug;
  name: string;
  items: readonly ResolvedItem[];
  state: QuestionnaireFormState;
  score: QuestionnaireScore;
  resultText: ResultText | undefined;
  segments: readonly ScaleSegment[];
  bandLabel: (band: string) => string;
  crisis: readonly CrisisContact[] | undefined;
  articles: readonly ContentLink[];
  programs: readonly ContentLink[];
  actionBase: string;
  organisations: readonly ShareOption[];
  municipalities: readonly ShareOption[];
  print: boolean;
}

export function QuestionnaireResultPage(props: ResultPageProps) {
  const { lang, score, resultText: text, displayLang } = props;
  const otherLang = displayLang === lang ? undefined : displayLang;
  let scoredIndex = 0;
  return (
    <div class={props.print ? "q-result q-print" : "q-result"}>
      {props.crisis && (
        <>
          <p class="lead q-crisis-lead">{texts.crisisLead[lang]}</p>
          <CrisisContactsList lang={lang} contacts={props.crisis} />
          <p class="box box-crisis q-level-6">
            <strong>{texts.level6[lang]}</strong>{" "}
            <a href={pagePath("navigator", lang)}>{texts.navigatorLink[lang]}</a>
          </p>
        </>
      )}
      <h1>{fill(texts.resultFor[lang], { name: props.name })}</h1>
      <p class="lead">
        <strong>{text?.title}</strong> ·{" "}
        {fill(texts.score[lang], { score: score.score, max: score.maxScore })}
      </p>
      <ScoreScale
        lang={lang}
        segments={props.segments}
        score={score.score}
        maxScore={score.maxScore}
        bandLabel={props.bandLabel}
      />
      {text && (
        <>
          <h2>{texts.whatItMeans[lang]}</h2>
          <p>{text.meaning}</p>
          {score.flags.map((flag) => (
            <p key={flag} class={flag === "suicidal-ideation" ? "box box-crisis" : "notice"}>
              {flagTexts[flag][lang]}
            </p>
          ))}
          <h2>{texts.whatItIsNot[lang]}</h2>
          <p>{text.notMeaning}</p>
          <h2>{texts.whatNext[lang]}</h2>
          <p>{text.nextStep}</p>
        </>
      )}
      {props.print && (
        <>
          <h2>{texts.printAnswers[lang]}</h2>
          <table class="q-answers">
            <thead>
              <tr>
                <th scope="col">{texts.question[lang]}</th>
                <th scope="col">{texts.answer[lang]}</th>
              </tr>
            </thead>
            <tbody lang={otherLang}>
              {props.items.map(({ item, text: question, options, scored }) => {
                const value = scored
                  ? props.state.answers[scoredIndex++]
                  : props.state.supplementary[item.linkId];
                if (value === undefined) return null;
                return (
                  <tr key={item.linkId}>
                    <td>{question}</td>
                    <td>{options.find((o) => o.value === value)?.label}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <p class="small no-print">{texts.printHint[lang]}</p>
        </>
      )}
      {!props.print && (
        <>
          <LinkList
            heading={texts.readMore[lang]}
            level={3}
            links={props.articles.map((a) => ({ key: a.id, href: a.url, label: a.title }))}
          />
          <LinkList
            heading={texts.programs[lang]}
            level={3}
            links={props.programs.map((p) => ({ key: p.id, href: p.url, label: p.title }))}
          />
          <h3>{texts.moreHelp[lang]}</h3>
          <ul>
            <li>
              <a href={pagePath("navigator", lang)}>{texts.navigatorLink[lang]}</a>
            </li>
            <li>
              <a href={pagePath("services", lang)}>{texts.servicesLink[lang]}</a>
            </li>
            <li>
              <a href={pagePath("chat", lang)}>{texts.chatLink[lang]}</a>
            </li>
          </ul>
          <section class="box box-soft no-print" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{texts.keepAnswers[lang]}</h2>
            <p>{texts.downloadText[lang]}</p>
            <div class="q-actions">
              <form method="post" action={`${props.actionBase}/response`} class="inline-form">
                <AnswerFields state={props.state} />
                <button type="submit">{texts.download[lang]}</button>
              </form>{" "}
              <form method="post" action={props.actionBase} class="inline-form">
                <AnswerFields state={props.state} />
                <input type="hidden" name="view" value="print" />
                <button type="submit" name="action" value="finish" class="button-secondary">
                  {texts.print[lang]}
                </button>
              </form>{" "}
              <form method="post" action={props.actionBase} class="inline-form">
                <AnswerFields state={props.state} />
                <button type="submit" name="action" value="edit" class="button-secondary">
                  {texts.changeAnswers[lang]}
                </button>
              </form>
            </div>
          </section>
          <ShareForm {...props} />
        </>
      )}
    </div>
  );
}

function ShareForm(props: ResultPageProps) {
  const { lang } = props;
  if (props.organisations.length === 0) return null;
  return (
    <section class="box no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">{texts.shareTitle[lang]}</h2>
      <p>{texts.shareText[lang]}</p>
      <form method="post" action={`${props.actionBase}/share`}>
        <AnswerFields state={props.state} />
        <div class="field">
          <label for="share-municipality">{texts.municipality[lang]}</label>
          <select id="share-municipality" name="municipality">
            <option value="">{texts.municipalityNone[lang]}</option>
            {props.municipalities.map((m) => (
              <option key={m.slug} value={m.slug}>
                {m.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="share-org">{texts.shareOrg[lang]}</label>
          <select id="share-org" name="org" aria-describedby="share-org-hint">
            <option value="">{texts.shareOrgAuto[lang]}</option>
            {props.organisations.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </select>
          <p class="small" id="share-org-hint">
            {texts.shareOrgHint[lang]}
          </p>
        </div>
        <button type="submit">{texts.shareButton[lang]}</button>
      </form>
    </section>
  );
}

export function ShareCreatedPage(props: {
  lang: Lang;
  code: string | undefined;
  expires: string;
  organisation: string;
  backUrl: string;
}) {
  const { lang } = props;
  return (
    <>
      <h1>{texts.shareCreated[lang]}</h1>
      {props.code ? (
        <>
          <p class="share-code">
            <code>{props.code}</code>
          </p>
          <p>{fill(texts.shareOnce[lang], { date: props.expires })}</p>
          <p>{fill(texts.shareWho[lang], { org: props.organisation })}</p>
        </>
      ) : (
        <p class="error-summary">{texts.shareNoOrg[lang]}</p>
      )}
      <p>
        <a href={props.backUrl}>{texts.backToQuestionnaires[lang]}</a>
      </p>
    </>
  );
}
