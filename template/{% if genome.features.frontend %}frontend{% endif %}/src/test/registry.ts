/**
 * The entity registry (src/generated/entities/index.ts) for the template's own tests,
 * whatever the project's genome: the example genome's Project, Label, Task and
 * Comment (src/test/entities.ts). vitest.setup.ts puts it in the place of the
 * generated one.
 *
 * The endpoints call fetch directly, not the typed client: the client's paths are
 * the project's, so "/api/v1/tasks/" would fail the type check of a genome without
 * tasks. They send what the generated modules send through the client: the query
 * as openapi-fetch writes it (undefined left out), JSON bodies, X-CSRFToken and
 * X-Workspace; an answer that is not ok rejects with its ApiError. (No session
 * refresh on a 401: src/lib/api.test.ts tests that on the client.)
 */
import type {
  AnyInput,
  AnyRow,
  EntityApi,
  EntityEntry,
  EntityMeta,
  ListQuery,
  Page,
} from "@/lib/entity";
import { apiErrorFrom } from "@/lib/errors";
import { addApiHeaders } from "@/lib/headers";

import { comment, label, project, task } from "./entities";

function queryString(query: ListQuery): string {
  const search = Object.entries(query)
    .filter((entry): entry is [string, string | number | boolean] => {
      return entry[1] !== undefined;
    })
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join("&");
  return search ? `?${search}` : "";
}

async function call<T>(method: string, url: string, body?: unknown) {
  const headers = new Headers();
  if (body !== undefined) headers.set("Content-Type", "application/json");
  await addApiHeaders(headers, method);
  const response = await fetch(url, {
    method,
    headers,
    credentials: "same-origin",
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = response.status === 204 ? "" : await response.text();
  let data: unknown = text;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch {
    // Not JSON: the error keeps the text.
  }
  if (!response.ok) {
    throw apiErrorFrom(response.status, response.statusText, data);
  }
  return data as T;
}

/** An entity's endpoints under /api/v1/<path>/, as its generated module has them. */
function endpoints(meta: EntityMeta): EntityApi<AnyRow, AnyInput> {
  const list = `/api/v1/${meta.path}/`;
  const detail = (id: number) => `${list}${id}/`;
  return {
    list: (query) => call<Page<AnyRow>>("GET", list + queryString(query)),
    retrieve: (id) => call<AnyRow>("GET", detail(id)),
    create: (input) => call<AnyRow>("POST", list, input),
    update: (id, input) => call<AnyRow>("PATCH", detail(id), input),
    remove: (id) => call<void>("DELETE", detail(id)),
  };
}

const entry = (meta: EntityMeta): EntityEntry => ({
  meta,
  api: endpoints(meta),
});

/** Every entity with screens, by name, in the genome's order. */
export const entities: Record<string, EntityEntry> = {
  Project: entry(project),
  Label: entry(label),
  Task: entry(task),
  Comment: entry(comment),
};
