import type { Lang } from "../../../platform/i18n/lang";
import type { ResolvedItem } from "../fhir-common";
import { flagTexts, resultText } from "../result-texts";
import type { SharePayload } from "../share-service";
import { fill, texts } from "../texts";

export function StaffSharePage(props: {
  lang: Lang;
  csrf: string;
  error: boolean;
  shared?: {
    payload: SharePayload;
    name: string;
    items: readonly ResolvedItem[];
    createdAt: string;
    expiresAt: string;
  };
}) {
  const { lang, shared } = props;
  let scoredIndex = 0;
  return (
    <>
      <h1>{texts.staffTitle[lang]}</h1>
      <p>{texts.staffLead[lang]}</p>
      <form method="post" action="/staff/questionnaires" autocomplete="off">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <div class="field">
          <label for="share-code">{texts.staffCode[lang]}</label>
          <input
            id="share-code"
            name="code"
            type="text"
            spellcheck={false}
            autocapitalize="characters"
            maxLength={64}
            aria-describedby={props.error ? "share-code-error" : undefined}
            aria-invalid={props.error ? "true" : undefined}
          />
          {props.error && (
            <p class="error-text" id="share-code-error" role="alert">
              {texts.staffNotFound[lang]}
            </p>
          )}
        </div>
        <button type="submit">{texts.staffOpen[lang]}</button>
      </form>
      {shared && (
        <section aria-labelledby="shared-heading">
          <h2 id="shared-heading">
            {shared.name}:{" "}
            {fill(texts.score[lang], {
              score: shared.payload.score.score,
              max: shared.payload.score.maxScore,
            })}
          </h2>
          <p>
            <strong>{resultText(shared.payload.slug, shared.payload.score.band, lang)?.title}</strong> (
            {shared.payload.score.band})
          </p>
          <p class="small">
            {fill(texts.staffShared[lang], { date: shared.createdAt, expires: shared.expiresAt })}
          </p>
          {(shared.payload.age !== undefined || shared.payload.sex !== undefined) && (
            <p class="small">
              {fill(texts.staffDemographics[lang], {
                age: shared.payload.age ?? "–",
                sex: shared.payload.sex ? texts.sexOptions[lang][shared.payload.sex] : "–",
              })}
            </p>
          )}
          {shared.payload.score.flags.length > 0 && (
            <>
              <h3>{texts.staffFlags[lang]}</h3>
              <ul>
                {shared.payload.score.flags.map((flag) => (
                  <li key={flag} class={flag === "suicidal-ideation" ? "error-text" : undefined}>
                    {flag}: {flagTexts[flag][lang]}
                  </li>
                ))}
              </ul>
            </>
          )}
          <table class="q-answers">
            <caption>{texts.printAnswers[lang]}</caption>
            <thead>
              <tr>
                <th scope="col">{texts.question[lang]}</th>
                <th scope="col">{texts.answer[lang]}</th>
              </tr>
            </thead>
            <tbody lang={shared.payload.lang === lang ? undefined : shared.payload.lang}>
              {shared.items.map(({ item, text, options, scored }) => {
                const value = scored
                  ? shared.payload.answers[scoredIndex++]
                  : shared.payload.supplementary[item.linkId];
                if (value === undefined) return null;
                return (
                  <tr key={item.linkId}>
                    <td>{text}</td>
                    <td>
                      {options.find((o) => o.value === value)?.label} ({value})
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
