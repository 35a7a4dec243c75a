import { lexicographicSortSchema } from "graphql";
import { builder } from "./builder";
import "./scalars";
import "../modules/accounts/accounts.schema";
import "../modules/organizations/organizations.schema";
import "../modules/achievements/achievements.schema";
import "../modules/demands/demands.schema";
import "../modules/answers/answers.schema";
import "../modules/audit/audit.schema";
import "../modules/notifications/notifications.schema";
import "../modules/search/search.schema";
import "../modules/matches/matches.schema";
import "../modules/stats/stats.schema";
import "../modules/rooms/rooms.schema";

/** The executable schema, sorted so the printed SDL diffs cleanly. */
export const schema = lexicographicSortSchema(builder.toSchema());
