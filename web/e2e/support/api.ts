import { type APIRequestContext, request } from "playwright-core";
import { inject } from "vitest";
import type { AppLanguage } from "../../src/i18n/languages";
import { DEMO_PASSWORD } from "../../src/modules/accounts/demo-accounts";
import { type DemoUser, emailOf } from "./browser";

/**
 * GraphQL straight to the server, for finding fixtures in the seeded data and for checking
 * what the server itself returns; the flows under test always go through the UI.
 */
export interface Api {
  query: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  dispose: () => Promise<void>;
}

export async function apiAs(user?: DemoUser): Promise<Api> {
  const http: APIRequestContext = await request.newContext({ baseURL: inject("e2eBaseUrl") });
  const query = async <T>(text: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await http.post("/graphql", { data: { query: text, variables } });
    const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) {
      throw new Error(`GraphQL failed: ${JSON.stringify(body.errors ?? body)}`);
    }
    return body.data;
  };
  if (user) {
    await query("mutation($input: LogInInput!) { logIn(input: $input) { user { id } } }", {
      input: { email: emailOf(user), password: DEMO_PASSWORD },
    });
  }
  return { query, dispose: () => http.dispose() };
}

/** The id of the first organization the user belongs to. */
export async function orgIdOf(api: Api): Promise<string> {
  const data = await api.query<{ me: { memberships: { organization: { id: string } }[] } }>(
    "{ me { memberships { organization { id } } } }",
  );
  const id = data.me.memberships[0]?.organization.id;
  if (!id) throw new Error("the demo user belongs to no organization");
  return id;
}

/** A subfield of the taxonomy, with the names the form's tree shows. */
export interface Subfield {
  code: string;
  zh: string;
  en: string;
}

/** The taxonomy's subfields, in its order. */
export async function subfields(): Promise<Subfield[]> {
  const api = await apiAs();
  const { taxonomy } = await api.query<{ taxonomy: { children: Subfield[] | null }[] }>(
    "{ taxonomy { children { code zh en } } }",
  );
  await api.dispose();
  return taxonomy.flatMap((node) => node.children ?? []);
}

/** The name of the demo user's first organization, as the UI shows it in `language`. */
export async function organizationName(user: DemoUser, language: AppLanguage): Promise<string> {
  const api = await apiAs(user);
  const data = await api.query<{
    me: { memberships: { organization: { nameZh: string | null; nameEn: string | null } }[] };
  }>("{ me { memberships { organization { nameZh nameEn } } } }");
  await api.dispose();
  const org = data.me.memberships[0]?.organization;
  const name = language === "zh-CN" ? (org?.nameZh ?? org?.nameEn) : (org?.nameEn ?? org?.nameZh);
  if (!name) throw new Error(`${user} belongs to no named organization`);
  return name;
}
