import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { pickLocalized, useAppLanguage } from "../../../i18n/use-app-language";
import { searchHref } from "../../search/search-params";
import { TaxonomyQuery } from "../../taxonomy/graphql/taxonomy.graphql";

/** The five key fields the Kunming measures name, each opening its search results. */
export function KeyFields() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const [{ data, fetching }] = useQuery({ query: TaxonomyQuery });
  const fields = (data?.taxonomy ?? []).filter((node) => node.key && node.code);
  return (
    <section className="home-section" aria-labelledby="home-fields-title">
      <h2 id="home-fields-title" className="home-section-title">
        {t("home.keyFieldsTitle")}
      </h2>
      <p className="home-section-intro">{t("home.keyFieldsIntro")}</p>
      {fields.length === 0 && fetching ? (
        <div
          className="key-fields"
          role="status"
          aria-busy="true"
          aria-label={t("app.loadingPage")}
        >
          {Array.from({ length: 5 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <span key={i} className="key-field is-placeholder" />
          ))}
        </div>
      ) : (
        <ul className="key-fields">
          {fields.map((node) => {
            const label = pickLocalized(language, node.zh, node.en)?.text ?? node.code ?? "";
            return (
              <li key={node.code}>
                <Link
                  className={`key-field key-field-${node.code}`}
                  to={searchHref({ fieldTop: [node.code as string] })}
                >
                  <span className="key-field-name">{label}</span>
                  <span className="key-field-sub">
                    {(node.children ?? [])
                      .slice(0, 3)
                      .map((c) => pickLocalized(language, c.zh, c.en)?.text)
                      .filter(Boolean)
                      .join(t("common.listSeparator"))}
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
