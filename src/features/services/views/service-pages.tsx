import type { Lang } from "../../../platform/i18n/lang";
import { pagePath } from "../../../platform/views/paths";
import { renderCountyMap } from "../county-map";
import type { Service } from "../demo-services-schema";
import type { Helpline } from "../helplines";
import type { JSX } from "preact";
import { type County, type Municipality, loadCounties, loadMunicipalities } from "../load-municipalities";
import { formatOpeningHours, openingStatus } from "../opening-hours";
import { countyPagePath, municipalityPagePath } from "../service-paths";
import { serviceTexts as tx } from "../texts";

const locales = { fi: "fi-FI", sv: "sv-FI", en: "en-GB" } as const;

/** "Open now, closes at 16.00" / "Closed now, opens at Tue 08:00", in Helsinki time. */
export function openingStatusText(options: { service: Service; lang: Lang; now: Date }): string | undefined {
  const { service, lang, now } = options;
  if (!service.openingHours) return undefined;
  const status = openingStatus({ hours: service.openingHours, at: now });
  const dayKey = (d: Date): string =>
    new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Helsinki", dateStyle: "short" }).format(d);
  const format = (d: Date): string =>
    new Intl.DateTimeFormat(locales[lang], {
      timeZone: "Europe/Helsinki",
      ...(dayKey(d) === dayKey(now) ? {} : { weekday: "short", day: "numeric", month: "numeric" }),
      hour: "2-digit",
      minute: "2-digit",
    }).format(d);
  if (status.open)
    return status.closesAt
      ? `${tx.openNow[lang]}, ${tx.closesAt[lang]} ${format(status.closesAt)}`
      : tx.openNow[lang];
  return status.opensAt
    ? `${tx.closedNow[lang]}, ${tx.opensAt[lang]} ${format(status.opensAt)}`
    : tx.closedNow[lang];
}

function channelName(type: string, lang: Lang): string {
  const names = tx.channel[lang].split("|");
  const index = ["phone", "chat", "walk-in", "online"].indexOf(type);
  return names[index] ?? type;
}

export function MunicipalityPicker(props: { lang: Lang; error?: boolean }) {
  const { lang } = props;
  return (
    <form class="picker" method="get" action={pagePath("services", lang)}>
      {props.error && (
        <div class="error-summary" role="alert">
          <h2>{tx.errorSummary[lang]}</h2>
          <p>
            <a href="#municipality">{tx.pickerError[lang]}</a>
          </p>
        </div>
      )}
      <div class="field">
        <label for="municipality">{tx.pickerLabel[lang]}</label>
        <p id="municipality-hint" class="small">
          {tx.pickerHint[lang]}
        </p>
        {props.error && (
          <p id="municipality-error" class="error">
            {tx.pickerError[lang]}
          </p>
        )}
        <select
          id="municipality"
          name="municipality"
          aria-describedby={props.error ? "municipality-hint municipality-error" : "municipality-hint"}
          aria-invalid={props.error ? "true" : undefined}
        >
          <option value="">{tx.pickerChoose[lang]}</option>
          {pickerGroups(lang)}
        </select>
      </div>
      <button type="submit">{tx.pickerButton[lang]}</button>
    </form>
  );
}

const pickerCache = new Map<Lang, JSX.Element[]>();
/** The 309 municipalities grouped by county, built once per language. */
function pickerGroups(lang: Lang): JSX.Element[] {
  const cached = pickerCache.get(lang);
  if (cached) return cached;
  const municipalities = loadMunicipalities();
  const built = [...loadCounties()]
    .sort((a, b) => a.shortNames[lang].localeCompare(b.shortNames[lang], lang))
    .map((c) => (
      <optgroup key={c.id} label={c.shortNames[lang]}>
        {municipalities
          .filter((m) => m.countyId === c.id)
          .sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang))
          .map((m) => (
            <option key={m.code} value={m.code}>
              {m.names[lang]}
            </option>
          ))}
      </optgroup>
    ));
  pickerCache.set(lang, built);
  return built;
}

export function CountyMap(props: { lang: Lang; counties: readonly County[]; current?: string }) {
  const { lang } = props;
  const mapSvg = renderCountyMap({
    lang,
    hrefFor: (id) => countyPagePath(id, lang),
    ...(props.current ? { currentCountyId: props.current } : {}),
  });
  const sorted = [...props.counties].sort((a, b) =>
    a.shortNames[lang].localeCompare(b.shortNames[lang], lang),
  );
  return (
    <section class="county-map-area" aria-labelledby="counties-heading">
      <h2 id="counties-heading">{tx.countiesTitle[lang]}</h2>
      <div class="county-map-layout">
        <div class="map" dangerouslySetInnerHTML={{ __html: mapSvg }} />
        <ul class="county-list">
          {sorted.map((c) => (
            <li key={c.id}>
              <a href={countyPagePath(c.id, lang)} aria-current={c.id === props.current ? "page" : undefined}>
                {c.shortNames[lang]}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <p class="small">{tx.attribution[lang]}</p>
    </section>
  );
}

function ServiceCard(props: { service: Service; lang: Lang; now: Date }) {
  const { service: s, lang } = props;
  const status = openingStatusText(props);
  return (
    <li id={s.id} class="service">
      <h3>{s.name[lang]}</h3>
      <p class="meta">{s.organisation[lang]}</p>
      <p>{s.description[lang]}</p>
      {status && (
        <p>
          <strong>{status}</strong>
        </p>
      )}
      <p>
        <strong>{tx.channels[lang]}:</strong>{" "}
        {s.channels.map((c) => channelName(c.type, lang) + (c.note ? ` (${c.note[lang]})` : "")).join("; ")}
      </p>
      <p>
        <strong>{tx.languages[lang]}:</strong> {s.languages.join(", ")}
      </p>
      {s.openingHours && (
        <>
          <p>
            <strong>{tx.openingHours[lang]}:</strong>
          </p>
          <ul class="small">
            {formatOpeningHours({ hours: s.openingHours, lang, from: props.now }).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </li>
  );
}

function HelplineList(props: { lang: Lang; helplines: readonly Helpline[] }) {
  const { lang } = props;
  return (
    <ul class="helplines">
      {props.helplines.map((h) => (
        <li key={h.id}>
          <strong>{h.names[lang]}</strong>
          {h.phone && h.tel && (
            <>
              {" "}
              <a class="phone" href={h.tel}>
                {h.phone}
              </a>
            </>
          )}
          {h.hours && <span class="small"> · {h.hours[lang]}</span>}
          {(h.webUrl ?? h.chatUrl) && (
            <>
              {" "}
              <a href={h.webUrl ?? h.chatUrl} rel="noreferrer">
                {new URL(h.webUrl ?? h.chatUrl ?? "https://invalid").hostname}
              </a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Breadcrumbs(props: { lang: Lang; trail: { href?: string; label: string }[] }) {
  return (
    <nav class="breadcrumbs small" aria-label={tx.breadcrumb[props.lang]}>
      <ol>
        {props.trail.map((item, i) => (
          <li key={i}>
            {item.href ? <a href={item.href}>{item.label}</a> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function ServicesIndexPage(props: { lang: Lang; counties: readonly County[]; error?: boolean }) {
  const { lang } = props;
  return (
    <>
      <h1>{tx.title[lang]}</h1>
      <p class="lead">{tx.lead[lang]}</p>
      <MunicipalityPicker lang={lang} error={props.error} />
      <CountyMap lang={lang} counties={props.counties} />
    </>
  );
}

export function CountyPage(props: {
  lang: Lang;
  county: County;
  counties: readonly County[];
  municipalities: readonly Municipality[];
  services: readonly Service[];
  now: Date;
}) {
  const { lang, county } = props;
  return (
    <>
      <Breadcrumbs
        lang={lang}
        trail={[
          { href: pagePath("home", lang), label: tx.home[lang] },
          { href: pagePath("services", lang), label: tx.title[lang] },
          { label: county.shortNames[lang] },
        ]}
      />
      <h1>{county.names[lang]}</h1>
      {props.services.length > 0 && <DemoNotice lang={lang} />}
      <h2>{tx.municipalitiesIn[lang]}</h2>
      <ul class="columns">
        {[...props.municipalities]
          .sort((a, b) => a.names[lang].localeCompare(b.names[lang], lang))
          .map((m) => (
            <li key={m.code}>
              <a href={municipalityPagePath(m.code, lang)}>{m.names[lang]}</a>
            </li>
          ))}
      </ul>
      {props.services.length > 0 && (
        <>
          <h2>{tx.countyServices[lang]}</h2>
          <ul class="services">
            {props.services.map((s) => (
              <ServiceCard key={s.id} service={s} lang={lang} now={props.now} />
            ))}
          </ul>
        </>
      )}
      <CountyMap lang={lang} counties={props.counties} current={county.id} />
    </>
  );
}

function DemoNotice(props: { lang: Lang }) {
  return (
    <div class="notice demo-notice">
      <p>
        <strong>{tx.demoTitle[props.lang]}.</strong> {tx.demoText[props.lang]}
      </p>
    </div>
  );
}

export function MunicipalityPage(props: {
  lang: Lang;
  municipality: Municipality;
  county: County;
  services: readonly Service[];
  helplines: readonly Helpline[];
  now: Date;
}) {
  const { lang, municipality, county } = props;
  return (
    <>
      <Breadcrumbs
        lang={lang}
        trail={[
          { href: pagePath("home", lang), label: tx.home[lang] },
          { href: pagePath("services", lang), label: tx.title[lang] },
          { href: countyPagePath(county.id, lang), label: county.shortNames[lang] },
          { label: municipality.names[lang] },
        ]}
      />
      <h1>
        {tx.servicesIn[lang]}: {municipality.names[lang]}
      </h1>
      <p class="meta">
        {tx.county[lang]}: <a href={countyPagePath(county.id, lang)}>{county.names[lang]}</a>
      </p>
      <p>
        <a href={pagePath("crisis", lang)}>{tx.crisisLink[lang]}</a>
      </p>
      {props.services.length > 0 ? (
        <>
          <DemoNotice lang={lang} />
          <ul class="services">
            {props.services.map((s) => (
              <ServiceCard key={s.id} service={s} lang={lang} now={props.now} />
            ))}
          </ul>
        </>
      ) : (
        <p>{tx.noLocal[lang]}</p>
      )}
      <h2>{tx.nationalTitle[lang]}</h2>
      <HelplineList lang={lang} helplines={props.helplines} />
      <h2>{tx.pickerLabel[lang]}</h2>
      <MunicipalityPicker lang={lang} />
    </>
  );
}
