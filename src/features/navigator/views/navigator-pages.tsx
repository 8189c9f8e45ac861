import type { Lang } from "../../../platform/i18n/lang";
import {
  type ContentLink,
  type FhirQuestionnaireItem,
  type FieldError,
  FormItemField,
  errorText,
  islandRule,
} from "../../questionnaires/index";
import { type CrisisContact, type Helpline, type Service } from "../../services/index";
import { CrisisContactsList } from "../../site/index";
import type {
  FullQuestionnaire,
  NavigatorFormValues,
  ScreeningBlock,
  ShortQuestionnaire,
} from "../parse-navigator-form";
import { shortFieldName, shortTotalId } from "../parse-navigator-form";
import { reasonTexts } from "../reason-texts";
import { type HelpRecommendation, durations, helpLevels, impacts, safetyAnswers } from "../schemas";
import { texts } from "../texts";
import { worries } from "../worries";
import { LinkList } from "../../../platform/views/link-list";

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String(values[key] ?? whole));

const langNames: Record<Lang, Record<Lang, string>> = {
  fi: { fi: "suomi", sv: "ruotsi", en: "englanti" },
  sv: { fi: "finska", sv: "svenska", en: "engelska" },
  en: { fi: "Finnish", sv: "Swedish", en: "English" },
};

const TOTAL_STEPS = 6;

function StepLegend(props: { lang: Lang; n: number; text: string }) {
  return (
    <legend>
      <span class="nav-step">{fill(texts.step[props.lang], { n: props.n, total: TOTAL_STEPS })}</span>
      <span class="nav-question">{props.text}</span>
    </legend>
  );
}

function RadioGroup<T extends string>(props: {
  lang: Lang;
  n: number;
  name: string;
  legend: string;
  hint?: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T | undefined;
  error: boolean;
}) {
  const describedBy = [props.hint ? `${props.name}-hint` : "", props.error ? `${props.name}-error` : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <fieldset
      id={`nav-${props.name}`}
      aria-describedby={describedBy || undefined}
      class={props.error ? "q-item-error" : undefined}
    >
      <StepLegend lang={props.lang} n={props.n} text={props.legend} />
      {props.hint && (
        <p class="small" id={`${props.name}-hint`}>
          {props.hint}
        </p>
      )}
      {props.error && (
        <p class="error-text" id={`${props.name}-error`}>
          {texts.required[props.lang]}
        </p>
      )}
      {props.options.map((option) => (
        <label class="choice" for={`${props.name}-${option}`} key={option}>
          <input
            type="radio"
            id={`${props.name}-${option}`}
            name={props.name}
            value={option}
            checked={props.value === option}
            aria-invalid={props.error ? "true" : undefined}
          />
          <span>{props.labels[option]}</span>
        </label>
      ))}
    </fieldset>
  );
}

function ShortItems(props: {
  lang: Lang;
  title: string;
  block: ScreeningBlock;
  values: Record<string, string>;
  errors: readonly FieldError[];
  /** The full instrument whose remaining items this block can open. */
  full?: FullQuestionnaire;
  opened: boolean;
}) {
  const { lang, block } = props;
  const other = block.displayLang === lang ? undefined : block.displayLang;
  const field = (item: FhirQuestionnaireItem) => (
    <FormItemField
      key={item.linkId}
      lang={lang}
      item={item}
      value={props.values[item.linkId]}
      error={props.errors.find((e) => e.linkId === item.linkId)}
      nameOf={shortFieldName}
    />
  );
  const full = props.full;
  const firstRest = block.rest[0];
  return (
    <fieldset class="q-sub">
      <legend>{props.title}</legend>
      {other && <p class="small">{fill(texts.shownIn[lang], { lang: langNames[lang][other] })}</p>}
      <div lang={other}>{block.first.map(field)}</div>
      {full && firstRest && (
        // Without JavaScript the rest appears after a post (opened); the island shows it as soon as the sum is 3.
        <fieldset
          class="q-sub q-conditional"
          id={`nav-rest-${full}`}
          data-enable-when={JSON.stringify(
            islandRule(
              firstRest,
              block.first,
              { [shortTotalId[full]]: block.first.map((i) => shortFieldName(i.linkId)) },
              shortFieldName,
            ),
          )}
          data-reveal=""
          hidden={!props.opened}
          disabled={!props.opened}
        >
          <legend>{texts.restOf[lang][full]}</legend>
          <p class="small q-conditional-hint">{texts.restHint[lang]}</p>
          <input type="hidden" name={`offered-${full}`} value="yes" />
          <div lang={other}>{block.rest.map(field)}</div>
        </fieldset>
      )}
    </fieldset>
  );
}

export function NavigatorFormPage(props: {
  lang: Lang;
  action: string;
  values: NavigatorFormValues | undefined;
  missing: readonly string[];
  fieldErrors: readonly FieldError[];
  municipalityError: boolean;
  short: Record<ShortQuestionnaire, ScreeningBlock>;
  opened: readonly FullQuestionnaire[];
  municipalities: readonly { code: string; name: string }[];
}) {
  const { lang, values, missing, fieldErrors } = props;
  const raw = values?.raw ?? {};
  const hasErrors = missing.length > 0 || fieldErrors.length > 0 || props.municipalityError;
  return (
    <>
      <h1>{texts.title[lang]}</h1>
      <p class="lead">{texts.lead[lang]}</p>
      {props.opened.length > 0 && !hasErrors && (
        <p class="notice" role="status">
          <a href={`#nav-rest-${props.opened[0] ?? "phq-9"}`}>{texts.moreQuestions[lang]}</a>
        </p>
      )}
      {hasErrors && (
        <div class="error-summary" role="alert" id="error-summary">
          <p>{texts.errorSummary[lang]}</p>
          <ul>
            {missing.map((name) => (
              <li key={name}>
                <a href={`#nav-${name}`}>
                  {
                    { duration: texts.duration, impact: texts.impact, safety: texts.safety }[
                      name as "duration"
                    ][lang]
                  }
                </a>
              </li>
            ))}
            {fieldErrors.map((error) => (
              <li key={error.linkId}>
                <a href={`#q-${error.linkId}`}>{errorText(lang, error)}</a>
              </li>
            ))}
            {props.municipalityError && (
              <li>
                <a href="#municipality">{texts.municipalityUnknown[lang]}</a>
              </li>
            )}
          </ul>
        </div>
      )}
      <form method="post" action={props.action} class="nav-form" novalidate>
        <fieldset id="nav-worries">
          <StepLegend lang={lang} n={1} text={texts.worries[lang]} />
          <div class="nav-worries">
            {worries.map((worry) => (
              <label class="choice" for={`worry-${worry.id}`} key={worry.id}>
                <input
                  type="checkbox"
                  id={`worry-${worry.id}`}
                  name="worry"
                  value={worry.id}
                  checked={values?.worries.includes(worry.id) === true}
                />
                <span>{worry.label[lang]}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <RadioGroup
          lang={lang}
          n={2}
          name="duration"
          legend={texts.duration[lang]}
          options={durations}
          labels={texts.durations[lang]}
          value={values?.duration}
          error={missing.includes("duration")}
        />
        <RadioGroup
          lang={lang}
          n={3}
          name="impact"
          legend={texts.impact[lang]}
          options={impacts}
          labels={texts.impacts[lang]}
          value={values?.impact}
          error={missing.includes("impact")}
        />
        <RadioGroup
          lang={lang}
          n={4}
          name="safety"
          legend={texts.safety[lang]}
          hint={texts.safetyHint[lang]}
          options={safetyAnswers}
          labels={texts.safetyAnswers[lang]}
          value={values?.safety}
          error={missing.includes("safety")}
        />
        <fieldset class="q-sub" id="nav-violence">
          <legend>{texts.violenceNow[lang]}</legend>
          {(["yes", "no"] as const).map((v) => (
            <label class="choice" for={`violence-${v}`} key={v}>
              <input
                type="radio"
                id={`violence-${v}`}
                name="violenceNow"
                value={v}
                checked={values?.violenceNow === (v === "yes")}
              />
              <span>{texts[v][lang]}</span>
            </label>
          ))}
        </fieldset>
        <fieldset id="nav-short">
          <StepLegend lang={lang} n={5} text={texts.shortQuestionnaires[lang]} />
          <p class="small">{texts.shortHint[lang]}</p>
          <ShortItems
            lang={lang}
            title={texts.phq2[lang]}
            block={props.short["phq-2"]}
            values={raw}
            errors={fieldErrors}
            full="phq-9"
            opened={props.opened.includes("phq-9")}
          />
          <ShortItems
            lang={lang}
            title={texts.gad2[lang]}
            block={props.short["gad-2"]}
            values={raw}
            errors={fieldErrors}
            full="gad-7"
            opened={props.opened.includes("gad-7")}
          />
          <ShortItems
            lang={lang}
            title={texts.auditC[lang]}
            block={props.short["audit-c"]}
            values={raw}
            errors={fieldErrors}
            opened={false}
          />
        </fieldset>
        <fieldset id="nav-about">
          <StepLegend lang={lang} n={6} text={texts.aboutYou[lang]} />
          <div class="field">
            <label for="municipality">{texts.municipality[lang]}</label>
            {props.municipalityError && (
              <p class="error-text" id="municipality-error">
                {texts.municipalityUnknown[lang]}
              </p>
            )}
            <select
              id="municipality"
              name="municipality"
              aria-describedby={
                props.municipalityError ? "municipality-error municipality-hint" : "municipality-hint"
              }
              aria-invalid={props.municipalityError ? "true" : undefined}
            >
              <option value="">{texts.municipalityNone[lang]}</option>
              {props.municipalities.map((m) => (
                <option key={m.code} value={m.code} selected={values?.municipality === m.code}>
                  {m.name}
                </option>
              ))}
            </select>
            <p class="small" id="municipality-hint">
              {texts.municipalityHint[lang]}
            </p>
          </div>
          <label class="choice" for="in-care">
            <input
              type="checkbox"
              id="in-care"
              name="inCare"
              value="yes"
              checked={values?.alreadyInCare === true}
            />
            <span>{texts.inCare[lang]}</span>
          </label>
        </fieldset>
        <button type="submit">{texts.submit[lang]}</button>
      </form>
    </>
  );
}

export function NavigatorResultPage(props: {
  lang: Lang;
  recommendation: HelpRecommendation;
  crisis: readonly CrisisContact[] | undefined;
  municipalityName: string | undefined;
  services: readonly Service[];
  helplines: readonly Helpline[];
  articles: readonly ContentLink[];
  programs: readonly ContentLink[];
  questionnaires: readonly { slug: string; name: string; url: string }[];
  suggested: readonly { slug: string; name: string; url: string }[];
  startUrl: string;
}) {
  const { lang, recommendation } = props;
  const { level } = recommendation;
  return (
    <>
      {props.crisis && <CrisisContactsList lang={lang} contacts={props.crisis} />}
      <h1>{fill(texts.resultTitle[lang], { level })}</h1>
      <p class="lead">
        <strong>{texts.levels[level][lang]}</strong>
      </p>
      <h2>{texts.why[lang]}</h2>
      <ul class="nav-reasons">
        {recommendation.reasons.map((reason) => (
          <li key={reason}>{reasonTexts[reason][lang]}</li>
        ))}
      </ul>
      <p class="small">{texts.notDiagnosis[lang]}</p>
      <h2>
        {props.municipalityName
          ? fill(texts.servicesIn[lang], { municipality: props.municipalityName })
          : texts.servicesIn[lang].replace(": {municipality}", "")}
      </h2>
      {!props.municipalityName && <p>{texts.noMunicipality[lang]}</p>}
      {props.municipalityName && props.services.length === 0 && <p>{texts.noServices[lang]}</p>}
      {props.services.length > 0 && (
        <ul class="cards nav-services">
          {props.services.map((service) => (
            <li key={service.id}>
              <h3>{service.name[lang]}</h3>
              <p class="meta">{service.organisation[lang]}</p>
              <p>{service.description[lang]}</p>
              <ul class="nav-channels">
                {service.channels.map((channel, i) => (
                  <li key={i}>
                    <span class="meta">{texts.channels[lang][channel.type]}: </span>
                    {channel.url ? (
                      <a href={channel.url}>{channel.note?.[lang] ?? channel.url}</a>
                    ) : (
                      channel.note?.[lang]
                    )}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <h2>{texts.helplines[lang]}</h2>
      <ul class="helplines">
        {props.helplines.map((h) => (
          <li key={h.id}>
            <strong>{h.names[lang]}</strong>
            {h.phone && h.tel && (
              <>
                <br />
                <a class="phone" href={h.tel}>
                  {h.phone}
                </a>
              </>
            )}
            {h.hours && (
              <>
                <br />
                <span class="meta">{h.hours[lang]}</span>
              </>
            )}
            {h.webUrl && (
              <>
                <br />
                <a href={h.webUrl} rel="noreferrer">
                  {texts.website[lang]}
                  <span class="visually-hidden">: {h.names[lang]}</span>
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      {props.suggested.length > 0 && (
        <>
          <p>{texts.suggestQuestionnaire[lang]}</p>
          <ul>
            {props.suggested.map((q) => (
              <li key={q.slug}>
                <a href={q.url}>{q.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <LinkList
        heading={texts.programs[lang]}
        level={2}
        links={props.programs.map((p) => ({ key: p.id, href: p.url, label: p.title }))}
      />
      <LinkList
        heading={texts.readMore[lang]}
        level={2}
        links={props.articles.map((a) => ({ key: a.id, href: a.url, label: a.title }))}
      />
      <LinkList
        heading={texts.questionnaires[lang]}
        level={2}
        links={props.questionnaires.map((q) => ({ key: q.slug, href: q.url, label: q.name }))}
      />
      <h2>{texts.levelsTitle[lang]}</h2>
      <ol class="nav-levels">
        {helpLevels.map((l) => (
          <li
            key={l}
            aria-current={l === level ? "step" : undefined}
            class={l === level ? "nav-level-mine" : undefined}
          >
            {texts.levels[l][lang]}
            {l === level && <strong> ({texts.yourLevel[lang]})</strong>}
          </li>
        ))}
      </ol>
      <p>
        <a href={props.startUrl}>{texts.startAgain[lang]}</a>
      </p>
    </>
  );
}
