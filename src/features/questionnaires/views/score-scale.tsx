import type { Lang } from "../../../platform/i18n/lang";
import type { ScaleSegment } from "../score-scale";
import { fill, texts } from "../texts";

const WIDTH = 600;
const BAR_Y = 30;
const BAR_HEIGHT = 28;
// Calm blues from light to dark: the scale shows position, not a verdict.
const shades = ["#dce8f5", "#b7cfe9", "#8fb3dc", "#5f8fc7", "#2f6aa8"];

/** The score on its scale as an SVG picture, with a table beside it that says the same in text. */
export function ScoreScale(props: {
  lang: Lang;
  segments: readonly ScaleSegment[];
  score: number;
  maxScore: number;
  bandLabel: (band: string) => string;
  idPrefix?: string;
}) {
  const { lang, segments, score, maxScore } = props;
  const id = props.idPrefix ?? "scale";
  const x = (value: number) => (value / maxScore) * WIDTH;
  const current = segments.find((s) => score >= s.from && score <= s.to);
  const marker = Math.min(Math.max(x(score), 6), WIDTH - 6);
  return (
    <figure class="score-scale">
      <svg
        viewBox={`0 0 ${WIDTH} 100`}
        width={WIDTH}
        height={100}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        focusable="false"
      >
        <title id={`${id}-title`}>{texts.scaleTitle[lang]}</title>
        <desc id={`${id}-desc`}>
          {fill(texts.scaleDesc[lang], {
            max: maxScore,
            score,
            band: current ? props.bandLabel(current.band) : "",
          })}
        </desc>
        {segments.map((segment, i) => {
          const next = segments[i + 1];
          const start = x(segment.from);
          const end = next ? x(next.from) : WIDTH;
          return (
            <g key={segment.band}>
              <rect
                x={start}
                y={BAR_Y}
                width={Math.max(end - start, 1)}
                height={BAR_HEIGHT}
                fill={shades[Math.min(i, shades.length - 1)]}
                stroke="#ffffff"
                stroke-width="2"
              />
              <text x={start + 3} y={BAR_Y + BAR_HEIGHT + 18} font-size="13" fill="#1f2328">
                {segment.from}
              </text>
            </g>
          );
        })}
        <text x={WIDTH - 3} y={BAR_Y + BAR_HEIGHT + 18} font-size="13" fill="#1f2328" text-anchor="end">
          {maxScore}
        </text>
        <path d={`M ${marker - 8} 6 L ${marker + 8} 6 L ${marker} 24 Z`} fill="#1f2328" />
        <line x1={marker} y1={BAR_Y} x2={marker} y2={BAR_Y + BAR_HEIGHT} stroke="#1f2328" stroke-width="3" />
      </svg>
      <figcaption>
        <table class="score-table">
          <caption class="visually-hidden">{texts.scaleTitle[lang]}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.range[lang]}</th>
              <th scope="col">{texts.band[lang]}</th>
            </tr>
          </thead>
          <tbody>
            {segments.map((segment) => {
              const mine = segment === current;
              return (
                <tr key={segment.band} class={mine ? "score-mine" : undefined}>
                  <td>{segment.from === segment.to ? segment.from : `${segment.from}–${segment.to}`}</td>
                  <td>
                    {props.bandLabel(segment.band)}
                    {mine && <strong> ({texts.yours[lang]})</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}
