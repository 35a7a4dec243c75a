import { badInput } from "@openttc/domain/errors";
import { Kind } from "graphql";
import { builder } from "./builder";

builder.scalarType("DateTime", {
  description: "An instant, as an ISO-8601 string in UTC.",
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = typeof value === "string" ? new Date(value) : null;
    if (!date || Number.isNaN(date.getTime()))
      throw badInput("DateTime", "is not an ISO-8601 date-time");
    return date;
  },
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType("Date", {
  description: "A calendar date, written YYYY-MM-DD.",
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== "string" || !ISO_DATE.test(value) || Number.isNaN(Date.parse(value))) {
      throw badInput("Date", "must be a date written YYYY-MM-DD");
    }
    return value;
  },
  parseLiteral: (node) => {
    if (
      node.kind !== Kind.STRING ||
      !ISO_DATE.test(node.value) ||
      Number.isNaN(Date.parse(node.value))
    ) {
      throw badInput("Date", "must be a date written YYYY-MM-DD");
    }
    return node.value;
  },
});
