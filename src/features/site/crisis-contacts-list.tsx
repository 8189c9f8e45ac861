import type { CrisisContact } from "../services/index";
import { translator, type Lang } from "../../platform/i18n/index";

/** The crisis contacts block every channel shows first when someone may be at risk. */
export function CrisisContactsList(props: {
  lang: Lang;
  contacts: readonly CrisisContact[];
  headingLevel?: 2 | 3;
}) {
  const t = translator(props.lang);
  const Heading = props.headingLevel === 3 ? "h3" : "h2";
  return (
    <section class="box box-crisis" aria-labelledby="crisis-contacts-heading">
      <Heading id="crisis-contacts-heading">{t("crisis.title")}</Heading>
      <p>
        <strong>{t("crisis.emergency")}</strong>
      </p>
      <ul class="helplines">
        {props.contacts.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>
            {c.phone && c.tel && (
              <>
                <br />
                <a class="phone" href={c.tel}>
                  {c.phone}
                </a>
              </>
            )}
            {c.hours && (
              <>
                <br />
                <span class="meta">
                  {t("crisis.hours")}: {c.hours}
                </span>
              </>
            )}
            {c.webUrl && (
              <>
                <br />
                <a href={c.webUrl} rel="noreferrer">
                  {t("crisis.website")}
                  <span class="visually-hidden">: {c.name}</span>
                </a>
              </>
            )}
          </li>
        ))}
      </ul>
      <p class="small">{t("crisis.source")}</p>
    </section>
  );
}
