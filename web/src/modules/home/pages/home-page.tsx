import { useTranslation } from "react-i18next";
import { useDocumentTitle } from "../../../shared/hooks/use-document-title";
import { SearchBox } from "../../search/components/search-box";
import { KeyFields } from "../components/key-fields";
import { LatestListings } from "../components/latest-listings";
import { PlatformStats } from "../components/platform-stats";
import "../home.css";

/** The front page: search, the five key fields, public figures and the newest listings. */
export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(null);
  return (
    <div className="home">
      <section className="home-hero" aria-labelledby="home-title">
        <h1 id="home-title" className="home-title">
          {t("home.title")}
        </h1>
        <p className="home-intro">{t("home.intro")}</p>
        <SearchBox />
        <PlatformStats />
      </section>
      <KeyFields />
      <LatestListings />
    </div>
  );
}

export default HomePage;
