import { DEFAULT_CRITERIA } from "@openttc/domain/demand";
import { useTranslation } from "react-i18next";

type StandardCriterion = (typeof DEFAULT_CRITERIA)[number];

function isStandard(criterion: string): criterion is StandardCriterion {
  return (DEFAULT_CRITERIA as readonly string[]).includes(criterion);
}

/** A criterion's name in the UI language; criteria an enterprise named itself stay as written. */
export function useCriterionLabel(): (criterion: string) => string {
  const { t } = useTranslation();
  return (criterion) => (isStandard(criterion) ? t(`criteria.${criterion}`) : criterion);
}
