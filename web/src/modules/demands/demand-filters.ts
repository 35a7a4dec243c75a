import { isTransferMode, type TransferMode } from "../../graphql/enums";
import type { VariablesOf } from "../../graphql/graphql";
import { readInt, readList, readText, writeParams } from "../../shared/search-params";
import type { DemandsQuery } from "./graphql/demands.graphql";

/** The exam-paper list's filters as they live in the URL query string. */
export interface DemandFilterValues {
  text: string | null;
  field: string | null;
  /** The TRL of the visitor's technology: papers whose minimum it meets. */
  trl: number | null;
  modes: TransferMode[];
}

export const EMPTY_DEMAND_FILTERS: DemandFilterValues = {
  text: null,
  field: null,
  trl: null,
  modes: [],
};

/** Reads the filters from `?q=&field=&trl=&modes=A,B`, ignoring invalid values. */
export function readDemandFilters(params: URLSearchParams): DemandFilterValues {
  return {
    text: readText(params, "q"),
    field: readText(params, "field", 100),
    trl: readInt(params, "trl", 1, 9),
    modes: readList(params, "modes", isTransferMode),
  };
}

export function writeDemandFilters(values: DemandFilterValues): URLSearchParams {
  return writeParams({ q: values.text, field: values.field, trl: values.trl, modes: values.modes });
}

export function hasDemandFilters(values: DemandFilterValues): boolean {
  return writeDemandFilters(values).size > 0;
}

type ApiFilter = NonNullable<VariablesOf<typeof DemandsQuery>["filter"]>;

/** The API's DemandFilter for these values (absent values are left out). */
export function toDemandApiFilter(values: DemandFilterValues): ApiFilter {
  const filter: ApiFilter = {};
  if (values.text) filter.text = values.text;
  if (values.field) filter.field = values.field;
  if (values.trl != null) filter.trl = values.trl;
  if (values.modes.length) filter.modes = values.modes;
  return filter;
}
