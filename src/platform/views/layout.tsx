import type { ComponentChildren } from "preact";
import { renderToString } from "preact-render-to-string";
import { langs, type Lang, type Localized } from "../i18n/lang";
import { translator, type Translate } from "../i18n/translate";
import { pagePath, QUICK_EXIT_URL } from "./paths";

export interface Assets {
  cssHref: string;
  jsHref: string;
}

export interface PageMeta {
  lang: Lang;
  title: string;
  description?: string;
  /** The same page in each language, for hreflang and the language switcher. */
  alternates?: Partial<Localized>;
  canonical?: string;
  noindex?: boolean;
  /** Extra `<head>` content such as JSON-LD, rendered as given. */
  head?: ComponentChildren;
}

const languageNames: Localized = { fi: "Suomeksi", sv: "På svenska", en: "In English" };

function LanguageSwitcher(props: { lang: Lang; alternates: Partial<Localized>; t: Translate }) {
  return (
    <nav class="lang-switch" aria-label={props.t("a11y.language")}>
      <ul>
        {langs.map((l) => {
          const href = props.alternates[l] ?? pagePath("home", l);
          return (
            <li key={l}>
              {l === props.lang ? (
                <span aria-current="true" lang={l}>
                  {languageNames[l]}
                </span>
              ) : (
                <a href={href} hreflang={l} lang={l}>
                  {languageNames[l]}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function QuickExit(props: { t: Translate }) {
  return (
    <a
      class="quick-exit"
      href={QUICK_EXIT_URL}
      rel="noreferrer"
      data-quick-exit
      title={props.t("a11y.quickExitHint")}
    >
      <span aria-hidden="true">✕ </span>
      {props.t("a11y.quickExit")}
      <span class="visually-hidden"> — {props.t("a11y.quickExitHint")}</span>
    </a>
  );
}

function PublicHeader(props: { lang: Lang; alternates: Partial<Localized>; t: Translate }) {
  const { lang, t } = props;
  const nav: [string, string][] = [
    [pagePath("topics", lang), t("nav.topics")],
    [pagePath("navigator", lang), t("nav.navigator")],
    [pagePath("questionnaires", lang), t("nav.questionnaires")],
    [pagePath("selfCare", lang), t("nav.selfCare")],
    [pagePath("chat", lang), t("nav.chat")],
    [pagePath("questions", lang), t("nav.questions")],
    [pagePath("search", lang), t("nav.search")],
  ];
  return (
    <header class="site-header">
      <div class="bar">
        <a class="brand" href={pagePath("home", lang)}>
          <span class="brand-mark" aria-hidden="true">
            ◧
          </span>{" "}
          Luukku
        </a>
        <QuickExit t={t} />
      </div>
      <div class="bar bar-secondary">
        <LanguageSwitcher lang={lang} alternates={props.alternates} t={t} />
        <a class="crisis-link" href={pagePath("crisis", lang)}>
          {t("nav.crisis")}
        </a>
      </div>
      <nav class="main-nav" aria-label={t("nav.main")}>
        <ul>
          {nav.map(([href, label]) => (
            <li key={href}>
              <a href={href}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

function PublicFooter(props: { lang: Lang; t: Translate }) {
  const { lang, t } = props;
  return (
    <footer class="site-footer">
      <p class="emergency">
        <strong>{t("footer.emergency")}</strong> <a href={pagePath("crisis", lang)}>{t("footer.crisis")}</a>
      </p>
      <ul>
        <li>
          <a href={pagePath("accessibility", lang)}>{t("footer.accessibility")}</a>
        </li>
        <li>
          <a href={pagePath("privacy", lang)}>{t("footer.privacy")}</a>
        </li>
        <li>
          <a href={pagePath("crisis", lang)}>{t("footer.crisis")}</a>
        </li>
        <li>
          <a href="/staff/login">{t("footer.staff")}</a>
        </li>
      </ul>
      <p class="small">{t("footer.demo")}</p>
    </footer>
  );
}

function Document(props: {
  meta: PageMeta;
  assets: Assets;
  origin: string;
  nonce: string | undefined;
  children: ComponentChildren;
  header: ComponentChildren;
  footer: ComponentChildren;
  t: Translate;
}) {
  const { meta, assets, origin, t } = props;
  const alternates = meta.alternates ?? {};
  return (
    <html lang={meta.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="icon" href="data:," />
        <title>{`${meta.title} | Luukku`}</title>
        {meta.description && <meta name="description" content={meta.description} />}
        {meta.noindex && <meta name="robots" content="noindex" />}
        {meta.canonical && <link rel="canonical" href={`${origin}${meta.canonical}`} />}
        {langs.map((l) => {
          const href = alternates[l];
          return href ? <link key={l} rel="alternate" hreflang={l} href={`${origin}${href}`} /> : null;
        })}
        {alternates.fi && <link rel="alternate" hreflang="x-default" href={`${origin}${alternates.fi}`} />}
        <meta property="og:title" content={meta.title} />
        {meta.description && <meta property="og:description" content={meta.description} />}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="Luukku" />
        <meta property="og:locale" content={{ fi: "fi_FI", sv: "sv_FI", en: "en_GB" }[meta.lang]} />
        <link rel="stylesheet" href={assets.cssHref} />
        <script type="module" src={assets.jsHref} nonce={props.nonce} />
        {meta.head}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t("a11y.skip")}
        </a>
        {props.header}
        <main id="main" tabIndex={-1}>
          {props.children}
        </main>
        {props.footer}
      </body>
    </html>
  );
}

export interface RenderContext {
  assets: Assets;
  origin: string;
  nonce: string | undefined;
}

/** Renders a public page: header with quick exit and language switcher, main, footer. */
export function renderPublicPage(ctx: RenderContext, meta: PageMeta, body: ComponentChildren): string {
  const t = translator(meta.lang);
  const alternates = meta.alternates ?? {};
  return (
    "<!doctype html>" +
    renderToString(
      <Document
        meta={meta}
        assets={ctx.assets}
        origin={ctx.origin}
        nonce={ctx.nonce}
        t={t}
        header={<PublicHeader lang={meta.lang} alternates={alternates} t={t} />}
        footer={<PublicFooter lang={meta.lang} t={t} />}
      >
        {body}
      </Document>,
    )
  );
}

/** Renders a staff page: no public navigation, never indexed. */
export function renderStaffPage(
  ctx: RenderContext,
  meta: PageMeta,
  body: ComponentChildren,
  user?: { displayName: string; csrfToken: string },
): string {
  const t = translator(meta.lang);
  const header = (
    <header class="site-header staff-header">
      <div class="bar">
        <a class="brand" href="/staff">
          Luukku · {t("staff.title")}
        </a>
        {user && (
          <form method="post" action="/staff/logout" class="inline-form">
            <input type="hidden" name="_csrf" value={user.csrfToken} />
            <span class="small">{user.displayName}</span> <button type="submit">{t("staff.logout")}</button>
          </form>
        )}
      </div>
    </header>
  );
  return (
    "<!doctype html>" +
    renderToString(
      <Document
        meta={{ ...meta, noindex: true }}
        assets={ctx.assets}
        origin={ctx.origin}
        nonce={ctx.nonce}
        t={t}
        header={header}
        footer={<footer class="site-footer small">Luukku</footer>}
      >
        {body}
      </Document>,
    )
  );
}
