import type { introspection_types } from "./graphql-env";

type EnumValues<Name extends keyof introspection_types> = introspection_types[Name] extends {
  enumValues: infer V;
}
  ? V
  : never;

export type TransferMode = EnumValues<"TransferMode">;
export type IpKind = EnumValues<"IpKind">;
export type IpStatus = EnumValues<"IpStatus">;
export type RightsStatus = EnumValues<"RightsStatus">;
export type AchievementStatus = EnumValues<"AchievementStatus">;
export type DemandStatus = EnumValues<"DemandStatus">;

// A Record over the enum makes a value added to the schema a compile error here until listed.
const transferModes: Record<TransferMode, number> = {
  TRANSFER: 0,
  EXCLUSIVE_LICENCE: 1,
  NON_EXCLUSIVE_LICENCE: 2,
  EQUITY_INVESTMENT: 3,
  USE_FIRST_PAY_LATER: 4,
  JOINT_DEVELOPMENT: 5,
};

/** Every transfer mode, in the order the UI lists them. */
export const TRANSFER_MODES = (Object.keys(transferModes) as TransferMode[]).sort(
  (a, b) => transferModes[a] - transferModes[b],
);

export function isTransferMode(value: string): value is TransferMode {
  return value in transferModes;
}

/** Technology readiness levels, 1–9. */
export const TRL_LEVELS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;
