export * from "./accounts";
export * from "./audit";
export * from "./enums";
export * from "./listings";
export * from "./matches";
export * from "./outbox";
export * from "./rooms";
