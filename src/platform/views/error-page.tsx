import type { Lang } from "../i18n/lang";
import { translator } from "../i18n/translate";
import { renderPublicPage, type RenderContext } from "./layout";
import { pagePath } from "./paths";

/** A localised error page that always offers search, the front page and the crisis contacts. */
export function renderErrorPage(options: {
  lang: Lang;
  status: number;
  ctx: RenderContext;
  message?: string;
}): string {
  const { lang, status } = options;
  const t = translator(lang);
  const notFound = status === 404;
  const title =
    status >= 500 ? t("error.serverTitle") : notFound ? t("error.notFoundTitle") : t("error.badRequest");
  const text = status >= 500 ? t("error.serverText") : notFound ? t("error.notFoundText") : undefined;
  const message =
    options.message ??
    (status === 403
      ? t("error.forbidden")
      : status === 413
        ? t("error.tooLarge")
        : status === 429
          ? t("error.rateLimited")
          : undefined);
  return renderPublicPage(
    options.ctx,
    { lang, title, noindex: true },
    <>
      <h1>{title}</h1>
      {text && <p>{text}</p>}
      {message && <p>{message}</p>}
      <form class="search-form" method="get" action={pagePath("search", lang)} role="search">
        <div>
          <label for="error-search">{t("home.searchLabel")}</label>
          <input id="error-search" type="search" name="q" maxLength={200} />
        </div>
        <button type="submit">{t("home.searchButton")}</button>
      </form>
      <p>
        <a href={pagePath("home", lang)}>{t("error.backHome")}</a> ·{" "}
        <a href={pagePath("crisis", lang)}>{t("footer.crisis")}</a>
      </p>
    </>,
  );
}
