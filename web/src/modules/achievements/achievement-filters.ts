import { isTransferMode, type TransferMode } from "../../graphql/enums";
import type { VariablesOf } from "../../graphql/graphql";
import { readInt, readList, readText, writeParams } from "../../shared/search-params";
import type { AchievementsQuery } from "./graphql/achievements.graphql";

/** The list's filters as they live in the URL query string. */
export interface AchievementFilterValues {
  text: string | null;
  field: string | null;
  trlMin: number | null;
  trlMax: number | null;
  modes: TransferMode[];
}

export const EMPTY_ACHIEVEMENT_FILTERS: AchievementFilterValues = {
  text: null,
  field: null,
  trlMin: null,
  trlMax: null,
  modes: [],
};

/** Reads the filters from `?q=&field=&trlMin=&trlMax=&modes=A,B`, ignoring invalid values. */
export function readAchievementFilters(params: URLSearchParams): AchievementFilterValues {
  let trlMin = readInt(params, "trlMin", 1, 9);
  let trlMax = readInt(params, "trlMax", 1, 9);
  if (trlMin != null && trlMax != null && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  return {
    text: readText(params, "q"),
    field: readText(params, "field", 100),
    trlMin,
    trlMax,
    modes: readList(params, "modes", isTransferMode),
  };
}

export function writeAchievementFilters(values: AchievementFilterValues): URLSearchParams {
  return writeParams({
    q: values.text,
    field: values.field,
    trlMin: values.trlMin,
    trlMax: values.trlMax,
    modes: values.modes,
  });
}

export function hasAchievementFilters(values: AchievementFilterValues): boolean {
  return writeAchievementFilters(values).size > 0;
}

type ApiFilter = NonNullable<VariablesOf<typeof AchievementsQuery>["filter"]>;

/** The API's AchievementFilter for these values (absent values are left out). */
export function toAchievementApiFilter(values: AchievementFilterValues): ApiFilter {
  const filter: ApiFilter = {};
  if (values.text) filter.text = values.text;
  if (values.field) filter.field = values.field;
  if (values.trlMin != null) filter.trlMin = values.trlMin;
  if (values.trlMax != null) filter.trlMax = values.trlMax;
  if (values.modes.length) filter.transferModes = values.modes;
  return filter;
}
