import { badInput } from "@openttc/domain/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks that an id argument is a well-formed id before it reaches the database. */
export function checkId(id: string, path = "id"): string {
  if (!UUID.test(id)) throw badInput(path, "is not a valid id");
  return id.toLowerCase();
}
