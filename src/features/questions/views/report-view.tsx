import type { Lang } from "../../../platform/i18n/index";
import type { AnswerTimeDistribution, QuestionReport } from "../question-report";
import { staffText as st, topicName, type StaffTextKey } from "../texts";

const buckets: { key: keyof AnswerTimeDistribution; label: StaffTextKey }[] = [
  { key: "withinPromise", label: "bucket.withinPromise" },
  { key: "oneDayLate", label: "bucket.oneDayLate" },
  { key: "twoPlusDaysLate", label: "bucket.twoPlusDaysLate" },
  { key: "unansweredPastDue", label: "bucket.unansweredPastDue" },
  { key: "waitingNotDue", label: "bucket.waitingNotDue" },
];

/** A plain bar beside a number; hidden from assistive technology because the number is in the cell. */
function Bar(props: { value: number; max: number }) {
  const width = props.max > 0 ? Math.round((props.value / props.max) * 100) : 0;
  return (
    <svg
      class="questions-bar"
      width="100"
      height="10"
      viewBox="0 0 100 10"
      aria-hidden="true"
      focusable="false"
    >
      <rect width={String(width)} height="10" fill="currentColor" />
    </svg>
  );
}

const percent = (lang: Lang, part: number, whole: number): string =>
  whole === 0
    ? "–"
    : new Intl.NumberFormat(lang === "en" ? "en-GB" : `${lang}-FI`, {
        style: "percent",
        maximumFractionDigits: 0,
      }).format(part / whole);

export function ReportFilter(props: {
  lang: Lang;
  orgs: { id: string; name: string }[];
  orgId: string;
  from: string;
  to: string;
  error?: string | undefined;
}) {
  const { lang } = props;
  return (
    <form method="get" action="/staff/questions/reports" class="questions-report-filter">
      {props.error && (
        <p class="error-text" id="range-error">
          {props.error}
        </p>
      )}
      {props.orgs.length > 1 && (
        <div class="field">
          <label for="report-org">{st(lang, "reportsOrg")}</label>
          <select id="report-org" name="org">
            {props.orgs.map((o) => (
              <option key={o.id} value={o.id} selected={o.id === props.orgId}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="report-from">{st(lang, "reportsFrom")}</label>
        <input
          type="month"
          id="report-from"
          name="from"
          value={props.from}
          pattern="[0-9]{4}-[0-9]{2}"
          aria-describedby={props.error ? "range-error" : undefined}
        />
      </div>
      <div class="field">
        <label for="report-to">{st(lang, "reportsTo")}</label>
        <input
          type="month"
          id="report-to"
          name="to"
          value={props.to}
          pattern="[0-9]{4}-[0-9]{2}"
          aria-describedby={props.error ? "range-error" : undefined}
        />
      </div>
      <button type="submit">{st(lang, "reportsShow")}</button>
    </form>
  );
}

export function ReportTables(props: { lang: Lang; report: QuestionReport }) {
  const { lang, report } = props;
  const total = buckets.reduce((sum, b) => sum + report.answerTime[b.key], 0);
  const maxBucket = Math.max(0, ...buckets.map((b) => report.answerTime[b.key]));
  const maxUnit = Math.max(0, ...report.vouchers.map((v) => Math.max(v.issued, v.redeemed)));
  const months = [...new Set(report.topics.map((t) => t.month))];
  // Named topics first in a steady order, "not chosen" last.
  const topics = [...new Set(report.topics.map((t) => t.topic))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  const cell = (month: string, topic: string | null) =>
    report.topics.find((t) => t.month === month && t.topic === topic)?.questions ?? 0;
  const topicLabel = (topic: string | null) => (topic ? topicName(lang, topic) : st(lang, "topicNone"));
  return (
    <>
      <h2 id="answer-time-heading">{st(lang, "reportsAnswerTime")}</h2>
      <table aria-labelledby="answer-time-heading" data-report="answer-time">
        <thead>
          <tr>
            <th scope="col">{st(lang, "reportsBucket")}</th>
            <th scope="col">{st(lang, "reportsCount")}</th>
            <th scope="col">{st(lang, "reportsShare")}</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.key} data-bucket={b.key}>
              <th scope="row">{st(lang, b.label)}</th>
              <td data-count>{report.answerTime[b.key]}</td>
              <td>
                <Bar value={report.answerTime[b.key]} max={maxBucket} />{" "}
                {percent(lang, report.answerTime[b.key], total)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="vouchers-heading">{st(lang, "reportsVouchers")}</h2>
      <table aria-labelledby="vouchers-heading" data-report="vouchers">
        <thead>
          <tr>
            <th scope="col">{st(lang, "colUnit")}</th>
            <th scope="col">{st(lang, "reportsIssuedInRange")}</th>
            <th scope="col">{st(lang, "reportsRedeemedInRange")}</th>
          </tr>
        </thead>
        <tbody>
          {report.vouchers.map((v) => (
            <tr key={v.unitId} data-unit={v.unit}>
              <th scope="row">{v.unit}</th>
              <td>
                <Bar value={v.issued} max={maxUnit} /> <span data-issued>{v.issued}</span>
              </td>
              <td>
                <Bar value={v.redeemed} max={maxUnit} /> <span data-redeemed>{v.redeemed}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2 id="topics-heading">{st(lang, "reportsTopics")}</h2>
      {months.length === 0 ? (
        <p>{st(lang, "reportsNone")}</p>
      ) : (
        <table aria-labelledby="topics-heading" data-report="topics">
          <thead>
            <tr>
              <th scope="col">{st(lang, "reportsMonth")}</th>
              {topics.map((t) => (
                <th scope="col" key={t ?? ""}>
                  {topicLabel(t)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m}>
                <th scope="row">{m}</th>
                {topics.map((t) => (
                  <td key={t ?? ""} data-cell={`${m}/${t ?? ""}`}>
                    {cell(m, t)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
