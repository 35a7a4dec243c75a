import { Segmented } from "antd";
import { useTranslation } from "react-i18next";
import { LANGUAGES } from "../../i18n/languages";
import { useAppLanguage, useSetAppLanguage } from "../../i18n/use-app-language";

/** 中文 | English, each option labelled in its own language; the choice is remembered. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useAppLanguage();
  const setLanguage = useSetAppLanguage();
  return (
    <Segmented
      size="small"
      className="language-switch"
      aria-label={t("language.label")}
      value={language}
      options={LANGUAGES.map((lng) => ({
        value: lng,
        label: (
          <span lang={lng} title={t(`language.${lng}`)}>
            <span aria-hidden="true">{t(`language.short.${lng}`)}</span>
            <span className="visually-hidden">{t(`language.${lng}`)}</span>
          </span>
        ),
      }))}
      onChange={(value) => setLanguage(value)}
    />
  );
}
