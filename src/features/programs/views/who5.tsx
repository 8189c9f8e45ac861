import type { Lang } from "../../../platform/i18n/lang";
import { instruments } from "../../questionnaires/index";
import type { Who5Result } from "../guided-service";
import { programText } from "../texts";

const who5 = instruments["who-5"];
export const who5Items = who5.items.map((item) => ({ id: item.linkId, text: item.text.en ?? "" }));
export const who5Options = who5.answerOptions.en ?? [];

/** Before/after WHO-5 as an SVG bar chart with the same figures in a table beside it. */
export function Who5Chart(props: { lang: Lang; start?: Who5Result; end?: Who5Result; idPrefix: string }) {
  const { lang } = props;
  const bars: [string, Who5Result | undefined][] = [
    [programText(lang, "who5Start"), props.start],
    [programText(lang, "who5End"), props.end],
  ];
  const titleId = `${props.idPrefix}-who5-chart-title`;
  const width = 320;
  const height = 200;
  const top = 10;
  const bottom = 30;
  const scale = (v: number) => ((height - top - bottom) * v) / 100;
  return (
    <figure class="who5-chart">
      <figcaption id={titleId}>{programText(lang, "who5Chart")}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-labelledby={titleId}
      >
        {[0, 50, 100].map((v) => (
          <g key={v}>
            <line
              x1={40}
              x2={width - 10}
              y1={height - bottom - scale(v)}
              y2={height - bottom - scale(v)}
              class="chart-grid"
            />
            <text x={34} y={height - bottom - scale(v) + 4} text-anchor="end" class="chart-label">
              {v}
            </text>
          </g>
        ))}
        {bars.map(([label, result], i) => {
          const x = 70 + i * 120;
          const h = result ? scale(result.score) : 0;
          return (
            <g key={label}>
              {result && (
                <rect
                  x={x}
                  y={height - bottom - h}
                  width={70}
                  height={h}
                  class={i === 0 ? "chart-bar" : "chart-bar chart-bar-after"}
                />
              )}
              <text x={x + 35} y={height - bottom - h - 4} text-anchor="middle" class="chart-label">
                {result ? String(result.score) : programText(lang, "who5NotYet")}
              </text>
              <text x={x + 35} y={height - 10} text-anchor="middle" class="chart-label">
                {label}
              </text>
            </g>
          );
        })}
      </svg>
      <table>
        <thead>
          <tr>
            <th scope="col">{programText(lang, "who5When")}</th>
            <th scope="col">{programText(lang, "who5Score")}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map(([label, result]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{result ? `${result.score} / 100` : programText(lang, "who5NotYet")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The five items in English, the only official wording; other languages get a note saying so. */
export function Who5Form(props: {
  lang: Lang;
  action: string;
  phase: "start" | "end";
  programId: string;
  error?: string;
  /** Choices sent with a refused form, by item, checked again. */
  values?: readonly (string | undefined)[];
}) {
  const { lang } = props;
  const errorId = `who5-${props.phase}-error`;
  return (
    <form method="post" action={props.action} class="who5-form">
      <input type="hidden" name="program" value={props.programId} />
      <input type="hidden" name="phase" value={props.phase} />
      {lang !== "en" && <p class="meta">{programText(lang, "who5EnglishNote")}</p>}
      {props.error && (
        <p class="error-text" id={errorId} role="alert">
          {props.error}
        </p>
      )}
      <div lang="en">
        <p>{who5.instructions.en?.text}</p>
        {who5Items.map((item, i) => (
          <fieldset key={item.id} aria-describedby={props.error ? errorId : undefined}>
            <legend>
              {i + 1}. {item.text}
            </legend>
            {who5Options.map((o) => {
              const id = `who5-${props.phase}-${i}-${o.value}`;
              return (
                <label class="choice" key={o.value} for={id}>
                  <input
                    type="radio"
                    id={id}
                    name={`q${i}`}
                    value={String(o.value)}
                    checked={props.values?.[i] === String(o.value)}
                  />
                  {o.label}
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>
      <button type="submit">{programText(lang, "who5Submit")}</button>
    </form>
  );
}
