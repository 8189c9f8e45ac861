import { LinkList } from "../../../platform/views/link-list";
import type { CrisisContact } from "../../services/index";
import { CrisisContactsList } from "../../site/index";
import type { Lang } from "../../../platform/i18n/lang";
import { pagePath } from "../../../platform/views/paths";
import type { ContentLink } from "../content-links";
import type { ResolvedItem } from "../fhir-common";
import type { QuestionnaireSlug } from "../instrument-schema";
import { fieldName, type QuestionnaireFormState } from "../parse-questionnaire-form";
import type { QuestionnaireScore } from "../schemas";
import type { ResultText } from "../result-texts";
import { flagTexts } from "../result-texts";
import type { ScaleSegment } from "../score-scale";
import { fill, languageName, texts } from "../texts";
import { ScoreScale } from "./score-scale";

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
export function AnswerFields(props: {
  items: readonly ResolvedItem[];
  state: QuestionnaireFormState;
  except?: string;
  demographics?: boolean;
}) {
  let scoredIndex = 0;
  return (
    <>
      {props.items.map(({ item, scored }) => {
        const value = scored ? props.state.answers[scoredIndex++] : props.state.supplementary[item.linkId];
        if (value === undefined || item.linkId === props.except) return null;
        return <input key={item.linkId} type="hidden" name={fieldName(item.linkId)} value={String(value)} />;
      })}
      {props.demographics !== false && props.state.age !== undefined && (
        <input type="hidden" name="age" value={String(props.state.age)} />
      )}
      {props.demographics !== false && props.state.sex !== undefined && (
        <input type="hidden" name="sex" value={props.state.sex} />
      )}
    </>
  );
}

function valueOf(
  items: readonly ResolvedItem[],
  state: QuestionnaireFormState,
  linkId: string,
): number | undefined {
  let scoredIndex = 0;
  for (const { item, scored } of items) {
    const value = scored ? state.answers[scoredIndex++] : state.supplementary[item.linkId];
    if (item.linkId === linkId) return value;
  }
  return undefined;
}

function ItemFieldset(props: {
  lang: Lang;
  resolved: ResolvedItem;
  number: number;
  value: number | undefined;
  error: boolean;
}) {
  const { item, text, options, scored } = props.resolved;
  const errorId = `error-${item.linkId}`;
  return (
    <fieldset
      class={`q-item${props.error ? " q-item-error" : ""}`}
      id={`q-${item.linkId}`}
      aria-describedby={props.error ? errorId : undefined}
    >
      <legend>
        {scored ? `${props.number}. ` : ""}
        {text}
        {!scored && (
          <span class="small" lang={props.lang}>
            {" "}
            ({texts.supplementary[props.lang]})
          </span>
        )}
      </legend>
      {props.error && (
        <p class="error-text" id={errorId} lang={props.lang}>
          {texts.missingAnswer[props.lang]}
        </p>
      )}
      {options.map((option) => {
        const id = `${fieldName(item.linkId)}-${option.value}`;
        return (
          <label class="choice" for={id} key={option.value}>
            <input
              type="radio"
              id={id}
              name={fieldName(item.linkId)}
              value={String(option.value)}
              checked={props.value === option.value}
              aria-invalid={props.error ? "true" : undefined}
            />
            <span>{option.label}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

function DemographicsFieldset(props: { lang: Lang; state: QuestionnaireFormState | undefined }) {
  const { lang, state } = props;
  return (
    <fieldset class="q-item" id="q-about-you">
      <legend>
        {texts.aboutYou[lang]} <span class="small">({texts.optional[lang]})</span>
      </legend>
      <p class="small" id="about-you-hint">
        {texts.aboutYouHint[lang]}
      </p>
      <div class="field">
        <label for="age">{texts.age[lang]}</label>
        <input
          id="age"
          name="age"
          type="text"
          inputMode="numeric"
          autocomplete="off"
          maxLength={3}
          class="input-short"
          value={state?.age !== undefined ? String(state.age) : ""}
          aria-describedby={state?.ageInvalid ? "error-age" : "about-you-hint"}
          aria-invalid={state?.ageInvalid ? "true" : undefined}
        />
        {state?.ageInvalid && (
          <p class="error-text" id="error-age">
            {texts.invalidAge[lang]}
          </p>
        )}
      </div>
      <fieldset class="q-sub">
        <legend>{texts.sex[lang]}</legend>
        {(["female", "male", "other"] as const).map((sex) => (
          <label class="choice" for={`sex-${sex}`} key={sex}>
            <input type="radio" id={`sex-${sex}`} name="sex" value={sex} checked={state?.sex === sex} />
            <span>{texts.sexOptions[lang][sex]}</span>
          </label>
        ))}
      </fieldset>
    </fieldset>
  );
}

export type FormMode = { kind: "all" } | { kind: "step"; index: number };

export function QuestionnaireFormPage(props: {
  lang: Lang;
  displayLang: Lang;
  name: string;
  instructions: string | undefined;
  items: readonly ResolvedItem[];
  state: QuestionnaireFormState | undefined;
  showErrors: boolean;
  mode: FormMode;
  demographics: boolean;
  action: string;
  licence: string;
}) {
  const { lang, displayLang, items, state, mode } = props;
  const errors = props.showErrors ? (state?.missing ?? []) : [];
  const ageError = props.showErrors && state?.ageInvalid === true;
  const steps = items.length + (props.demographics ? 1 : 0);
  const answeredCount = state ? state.answers.filter((a) => a !== undefined).length : 0;
  const scoredCount = items.filter((i) => i.scored).length;
  let scoredNumber = 0;
  const numbers = items.map((i) => (i.scored ? ++scoredNumber : 0));
  return (
    <>
      <p class="small no-print">
        <a href={pagePath("questionnaires", lang)}>{texts.backToQuestionnaires[lang]}</a>
      </p>
      <h1 lang={displayLang === lang ? undefined : displayLang}>{props.name}</h1>
      <LanguageNote lang={lang} displayLang={displayLang} />
      <p class="small">{texts.nothingStored[lang]}</p>
      {(errors.length > 0 || ageError) && (
        <div class="error-summary" role="alert" id="error-summary" tabIndex={-1}>
          <p>{texts.errorSummary[lang]}</p>
          <ul>
            {errors.map((linkId) => {
              const index = items.findIndex((i) => i.item.linkId === linkId);
              return (
                <li key={linkId}>
                  <a href={`#${fieldName(linkId)}-${items[index]?.options[0]?.value ?? 0}`}>
                    {texts.question[lang]} {numbers[index]}
                  </a>
                </li>
              );
            })}
            {ageError && (
              <li>
                <a href="#age">{texts.age[lang]}</a>
              </li>
            )}
          </ul>
        </div>
      )}
      {mode.kind === "all" ? (
        <>
          <p class="no-print small">
            <a href={`${props.action}?step=1`}>{texts.oneAtATime[lang]}</a>
          </p>
          <form method="post" action={props.action} class="q-form" novalidate>
            <input type="hidden" name="mode" value="all" />
            {props.instructions && (
              <p class="q-instructions" lang={displayLang === lang ? undefined : displayLang}>
                {props.instructions}
              </p>
            )}
            <div lang={displayLang === lang ? undefined : displayLang}>
              {items.map((resolved, i) => (
                <ItemFieldset
                  key={resolved.item.linkId}
                  lang={lang}
                  resolved={resolved}
                  number={numbers[i] ?? 0}
                  value={state ? valueOf(items, state, resolved.item.linkId) : undefined}
                  error={errors.includes(resolved.item.linkId)}
                />
              ))}
            </div>
            {props.demographics && <DemographicsFieldset lang={lang} state={state} />}
            {state && (
              <p class="small" aria-live="polite">
                {fill(texts.answered[lang], { n: answeredCount, total: scoredCount })}
              </p>
            )}
            <button type="submit" name="action" value="finish">
              {texts.showResult[lang]}
            </button>
          </form>
        </>
      ) : (
        <StepForm {...props} index={mode.index} steps={steps} numbers={numbers} errors={errors} />
      )}
      <details class="small q-source">
        <summary>{texts.source[lang]}</summary>
        <p>{props.licence}</p>
      </details>
    </>
  );
}

function StepForm(
  props: Parameters<typeof QuestionnaireFormPage>[0] & {
    index: number;
    steps: number;
    numbers: number[];
    errors: string[];
  },
) {
  const { lang, displayLang, items, state, index, steps } = props;
  const resolved = items[index];
  const emptyState: QuestionnaireFormState = {
    answers: [],
    supplementary: {},
    ageInvalid: false,
    missing: [],
  };
  const current = state ?? emptyState;
  return (
    <>
      <p class="no-print small">
        <a href={props.action}>{texts.allAtOnce[lang]}</a>
      </p>
      <p id="q-progress-label">{fill(texts.progress[lang], { n: index + 1, total: steps })}</p>
      <progress max={steps} value={index + 1} aria-labelledby="q-progress-label" />
      <form method="post" action={props.action} class="q-form" novalidate>
        <input type="hidden" name="mode" value="step" />
        <input type="hidden" name="step" value={String(index)} />
        <AnswerFields
          items={items}
          state={current}
          except={resolved?.item.linkId}
          demographics={resolved !== undefined}
        />
        {index === 0 && props.instructions && (
          <p class="q-instructions" lang={displayLang === lang ? undefined : displayLang}>
            {props.instructions}
          </p>
        )}
        {resolved ? (
          <div lang={displayLang === lang ? undefined : displayLang}>
            <ItemFieldset
              lang={lang}
              resolved={resolved}
              number={props.numbers[index] ?? 0}
              value={valueOf(items, current, resolved.item.linkId)}
              error={props.errors.includes(resolved.item.linkId)}
            />
          </div>
        ) : (
          <DemographicsFieldset lang={lang} state={state} />
        )}
        <div class="q-actions">
          {index > 0 && (
            <button type="submit" name="action" value="back" class="button-secondary">
              {texts.back[lang]}
            </button>
          )}{" "}
          <button type="submit" name="action" value={index + 1 >= steps ? "finish" : "next"}>
            {index + 1 >= steps ? texts.showResult[lang] : texts.next[lang]}
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
                <AnswerFields items={props.items} state={props.state} />
                <button type="submit">{texts.download[lang]}</button>
              </form>{" "}
              <form method="post" action={props.actionBase} class="inline-form">
                <AnswerFields items={props.items} state={props.state} />
                <input type="hidden" name="view" value="print" />
                <button type="submit" name="action" value="finish" class="button-secondary">
                  {texts.print[lang]}
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
        <AnswerFields items={props.items} state={props.state} />
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
