/**
 * The web app end to end, in a real browser against the running stack (the web app
 * and the API on one origin, E2E_BASE_URL): sign up; create a row of every entity
 * the first role may create, through the forms and their widgets; search, filter,
 * order and page a list; edit a row and delete one; invite someone with the last
 * role, who accepts, sees no create button where that role may not create, and is
 * refused by the API too; sign out. axe checks every screen on the way.
 *
 * It reads the genome from src/generated/, so it runs unchanged for any genome.
 * With invitation emails on, the link is read from the mails the API writes to
 * E2E_MAIL_DIR (EMAIL_URL=filemail:///that/dir). With E2E_SCREENSHOTS set, the
 * list, a form and the workspace settings are saved there.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

import { filterParams, type FilterParam } from "@/components/entity/list-query";
import { entities } from "@/generated/entities";
import { roles } from "@/generated/genome";
import type { EntityMeta, FieldMeta, RelationMeta } from "@/lib/entity";
import { allowed } from "@/lib/permissions";

test.describe.configure({ mode: "serial" });

const PAGE_SIZE = 25; // EntityList's page
const PASSWORD = "e2e-Correct-Horse-9";
const RUN = Date.now().toString(36);
const OWNER = {
  email: `owner-${RUN}@example.com`,
  first: "Olive",
  last: "Owner",
};
const INVITED = {
  email: `invited-${RUN}@example.com`,
  first: "Ivan",
  last: "Invited",
};
const firstRole: string = roles[0];
const lastRole: string = roles[roles.length - 1] ?? firstRole;
const SCREENSHOTS = process.env.E2E_SCREENSHOTS;
const MAIL_DIR = process.env.E2E_MAIL_DIR;

/** Entities with screens, in the genome's order (which is dependency order). */
const all = Object.values(entities).map((entry) => entry.meta);

interface Made {
  id: number;
  /** The values sent, by field name, as the API reads them. */
  values: Record<string, unknown>;
}

/** The rows the suite made, by entity name: the first one through the form. */
const made = new Map<string, Made[]>();
let ownerId = 0;
let counter = 0;

// Values ---------------------------------------------------------------------------

/** A small deterministic generator, so that each run's values differ. */
function pick<T>(items: readonly T[], seed: number): T {
  const item = items[Math.abs(seed) % items.length];
  if (item === undefined) throw new Error("nothing to pick from");
  return item;
}

const CLASSES: Record<string, string> = {
  d: "0123456789",
  w: "abcdefghijklmnopqrstuvwxyz0123456789",
  s: " ",
};

/** A string the (simple) regular expression matches: classes, groups, quantifiers. */
function fromPattern(pattern: string, seed: number): string {
  let at = 0;
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);

  function atom(): string[] {
    const c = pattern[at++] ?? "";
    if (c === "\\") {
      const e = pattern[at++] ?? "";
      return [...(CLASSES[e] ?? e)];
    }
    if (c === "[") {
      const chars: string[] = [];
      while (at < pattern.length && pattern[at] !== "]") {
        let from = pattern[at++] ?? "";
        if (from === "\\") from = pattern[at++] ?? "";
        if (pattern[at] === "-" && pattern[at + 1] !== "]") {
          const to = pattern[at + 1] ?? from;
          at += 2;
          for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++)
            chars.push(String.fromCharCode(code));
        } else chars.push(from);
      }
      at++;
      return chars;
    }
    if (c === ".") return [..."abcdefghij"];
    return [c];
  }

  function sequence(): string {
    let out = "";
    while (at < pattern.length && pattern[at] !== ")" && pattern[at] !== "|") {
      const c = pattern[at];
      if (c === "^" || c === "$") {
        at++;
        continue;
      }
      let make: () => string;
      if (c === "(") {
        at++;
        if (pattern.startsWith("?:", at)) at += 2;
        const start = at;
        const first = sequence();
        while (pattern[at] === "|") {
          at++;
          sequence();
        }
        at++; // ")"
        make = () => {
          const saved = at;
          at = start;
          const text = first || sequence();
          at = saved;
          return text;
        };
      } else {
        const chars = atom();
        make = () => pick(chars, next());
      }
      let [low, high] = [1, 1];
      const q = pattern[at];
      if (q === "{") {
        const close = pattern.indexOf("}", at);
        const [a, b] = pattern.slice(at + 1, close).split(",");
        low = Number(a);
        high = b === undefined ? low : b === "" ? low + 3 : Number(b);
        at = close + 1;
      } else if (q === "?" || q === "*" || q === "+") {
        [low, high] = q === "?" ? [0, 1] : q === "*" ? [0, 3] : [1, 4];
        at++;
      }
      const count = Math.max(low, high);
      for (let i = 0; i < count; i++) out += make();
    }
    return out;
  }
  return sequence();
}

/** A unique text for a field: its label and a token, within its lengths. */
function textFor(field: FieldMeta, token: string): string {
  if (field.pattern)
    return fromPattern(field.pattern, counter * 7919 + Date.now());
  let text = `${field.label} ${token}`;
  if (field.maxLength !== undefined && text.length > field.maxLength)
    text = token.slice(-field.maxLength);
  while (text.length < (field.minLength ?? 1)) text += "x";
  return text;
}

function numberFor(field: FieldMeta): number {
  let value = field.min ?? 1;
  if (field.max !== undefined && value > field.max) value = field.max;
  return field.kind === "float" || field.kind === "decimal"
    ? value
    : Math.ceil(value);
}

/** A value of the field as the API reads and writes it. */
function valueFor(field: FieldMeta, index: number): unknown {
  const token = `${RUN}${(counter++).toString(36)}`;
  const day = String(10 + (index % 18)).padStart(2, "0");
  switch (field.kind) {
    case "slug":
      return field.pattern ? textFor(field, token) : `e2e-${token}`;
    case "email":
      return `e2e-${token}@example.com`;
    case "url":
      return `https://example.com/${token}`;
    case "uuid":
      return randomUUID();
    case "ip_address":
      return field.protocol === "IPv6"
        ? `2001:db8::${(counter % 65535).toString(16)}`
        : `192.0.2.${(counter % 250) + 1}`;
    case "integer":
    case "big_integer":
    case "float":
      return numberFor(field);
    case "decimal":
      return numberFor(field).toFixed(field.decimalPlaces ?? 2);
    case "boolean":
      return true;
    case "date":
      return `2030-01-${day}`;
    case "datetime":
      return `2030-01-${day}T10:30:00Z`;
    case "time":
      return "10:30:00";
    case "duration":
      return "01:30:00";
    case "choice":
      return (
        (field.default as string | null) ?? field.choices?.[0]?.value ?? null
      );
    case "list":
      return [field.of === "string" || !field.of ? `tag${counter}` : 1];
    case "json":
      return { e2e: token };
    case "file":
    case "image":
      return null; // sent through the form only
    default:
      return textFor(field, token);
  }
}

const comparable = (value: unknown): number | string | null =>
  typeof value === "number"
    ? value
    : typeof value === "string" && value !== "" && !Number.isNaN(Number(value))
      ? Number(value)
      : typeof value === "string"
        ? value
        : null;

function holds(left: unknown, op: string, right: unknown): boolean {
  const [a, b] = [comparable(left), comparable(right)];
  if (a === null || b === null) return true;
  switch (op) {
    case "<":
      return a < b;
    case "<=":
      return a <= b;
    case ">":
      return a > b;
    case ">=":
      return a >= b;
    case "==":
      return a === b;
    default:
      return a !== b;
  }
}

/** Values for the fields a create must send, which pass the entity's rules. */
function requiredValues(meta: EntityMeta): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  meta.fields.forEach((field, index) => {
    if (
      field.required &&
      !field.readOnly &&
      field.kind !== "file" &&
      field.kind !== "image"
    )
      values[field.name] = valueFor(field, index);
  });
  for (const rule of meta.rules) {
    if (!(rule.left in values)) continue;
    if (rule.right !== undefined) {
      if (!(rule.right in values)) continue;
      if (!holds(values[rule.left], rule.op, values[rule.right]))
        [values[rule.left], values[rule.right]] = [
          values[rule.right],
          values[rule.left],
        ];
    } else if (!holds(values[rule.left], rule.op, rule.value)) {
      const value = rule.value;
      const step = rule.op === ">" ? 1 : rule.op === "<" ? -1 : 0;
      values[rule.left] = typeof value === "number" ? value + step : value;
    }
  }
  return values;
}

/** The target row a relation picks: the row made before, or the signed-in user. */
function target(relation: RelationMeta): { id: number; search: string } | null {
  if (relation.to === "User") return { id: ownerId, search: OWNER.email };
  const row = made.get(relation.to)?.[0];
  const meta = entities[relation.to]?.meta;
  if (!row || !meta) return null;
  const display = row.values[meta.display];
  return { id: row.id, search: typeof display === "string" ? display : "" };
}

// The browser ------------------------------------------------------------------------

/** axe finds no serious or critical violation on the page as it is now. */
async function accessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    );
  expect(grave, `axe on the ${screen} screen`).toEqual([]);
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({
    path: path.join(SCREENSHOTS, `${name}.png`),
    fullPage: true,
  });
}

/** The API as the page calls it: its cookies, and the CSRF cookie as header. */
async function api(
  page: Page,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const csrf = document.cookie
        .split("; ")
        .find((c) => c.startsWith("csrftoken="))
        ?.slice("csrftoken=".length);
      const response = await fetch(url, {
        method,
        credentials: "same-origin",
        headers: {
          "Content-Type": "application/json",
          ...(csrf ? { "X-CSRFToken": decodeURIComponent(csrf) } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text ? (JSON.parse(text) as unknown) : null,
      };
    },
    { method, url, body },
  );
}

async function listIds(
  page: Page,
  meta: EntityMeta,
  query: Record<string, string>,
): Promise<number[]> {
  const params = new URLSearchParams({
    ...query,
    page_size: String(PAGE_SIZE),
  });
  const answer = await api(page, "GET", `/api/v1/${meta.path}/?${params}`);
  expect(answer.status).toBe(200);
  return (answer.body as { results: { id: number }[] }).results.map(
    (row) => row.id,
  );
}

/** The ids of the rows the list's table shows, in its order. */
async function shownIds(page: Page, meta: EntityMeta): Promise<number[]> {
  const hrefs = await page
    .locator("table tbody tr")
    .locator(`td:first-child a`)
    .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((href) => Number(href.slice(`/${meta.path}/`.length)));
}

/** The list after the query is applied: what the table shows is what the API lists. */
async function expectListed(
  page: Page,
  meta: EntityMeta,
  query: Record<string, string>,
) {
  const expected = await listIds(page, meta, query);
  await expect
    .poll(async () => {
      if (expected.length === 0)
        return (await page
          .getByText(`No ${meta.labelPlural.toLowerCase()} match.`)
          .count())
          ? []
          : null;
      return shownIds(page, meta);
    })
    .toEqual(expected);
  return expected;
}

async function signUp(
  page: Page,
  who: typeof OWNER,
  next = "/",
): Promise<void> {
  if (new URL(page.url()).pathname !== "/sign-up")
    await page.goto(
      next === "/" ? "/sign-up" : `/sign-up?next=${encodeURIComponent(next)}`,
    );
  await expect(
    page.getByRole("heading", { name: "Create an account" }),
  ).toBeVisible();
  await accessible(page, "sign-up");
  await page.locator("#email").fill(who.email);
  await page.locator("#password").fill(PASSWORD);
  await page.locator("#first_name").fill(who.first);
  await page.locator("#last_name").fill(who.last);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.waitForURL((url) => url.pathname === (next.split("?")[0] ?? "/"));
}

async function signOut(page: Page, who: typeof OWNER): Promise<void> {
  await page.locator('button[aria-controls="user-menu"]').click();
  await expect(page.locator("#user-menu")).toContainText(who.email);
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  const me = await api(page, "GET", "/api/v1/auth/me/");
  expect(me.status).toBe(401);
}

/** Pick `search`'s row in the combobox of `id`. */
async function choose(page: Page, id: string, search: string): Promise<void> {
  const box = page.locator(`#${id}`);
  await box.fill(search);
  const list = page.locator(`#${await box.getAttribute("aria-controls")}`);
  const option = list
    .getByRole("option", { name: search, exact: false })
    .first();
  await expect(option).toBeVisible();
  await option.click();
}

/** Fill the form's control of `field` with `value` through its widget. */
async function fill(
  page: Page,
  field: FieldMeta,
  value: unknown,
): Promise<void> {
  const control = page.locator(`#field-${field.name}`);
  switch (field.kind) {
    case "boolean":
      await control.check();
      return;
    case "choice": {
      const options = await control
        .locator("option:not([disabled])")
        .evaluateAll((items) =>
          items.map((o) => (o as HTMLOptionElement).value).filter(Boolean),
        );
      const chosen = options.includes(String(value))
        ? String(value)
        : options[0];
      if (chosen) await control.selectOption(chosen);
      return;
    }
    case "list":
      for (const item of value as unknown[]) {
        await control.fill(String(item));
        await control.press("Enter");
      }
      return;
    case "datetime":
      await control.fill(String(value).slice(0, 16));
      return;
    case "time":
      await control.fill(String(value).slice(0, 5));
      return;
    case "json":
      await control.fill(JSON.stringify(value));
      return;
    case "file":
    case "image":
      await control.setInputFiles({
        name: field.kind === "image" ? "e2e.png" : "e2e.txt",
        mimeType: field.kind === "image" ? "image/png" : "text/plain",
        buffer:
          field.kind === "image"
            ? Buffer.from(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
                "base64",
              )
            : Buffer.from("e2e\n"),
      });
      return;
    default:
      await control.fill(String(value));
  }
}

/** The user's role in their active workspace, from /auth/me/. */
function roleOf(profile: unknown): string | undefined {
  const { active_workspace: active, memberships } = profile as {
    active_workspace: { id: number };
    memberships: { workspace: number | { id: number }; role: string }[];
  };
  return memberships.find(
    (m) =>
      (typeof m.workspace === "number" ? m.workspace : m.workspace.id) ===
      active.id,
  )?.role;
}

async function newContextPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

// The story --------------------------------------------------------------------------

let page: Page;

test.beforeAll(async ({ browser }) => {
  page = await newContextPage(browser);
});

test.afterAll(async () => {
  await page.context().close();
});

test("a visitor signs up and lands on the dashboard", async () => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await accessible(page, "sign-in");
  await signUp(page, OWNER);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await accessible(page, "dashboard");
  const me = await api(page, "GET", "/api/v1/auth/me/");
  expect(me.status).toBe(200);
  ownerId = (me.body as { id: number }).id;
  expect(roleOf(me.body)).toBe(firstRole);
});

test("a row of every entity is created through its form", async () => {
  let first = true;
  for (const meta of all) {
    if (!allowed(meta, "create", firstRole)) continue;
    const relations = meta.relations.filter((r) => !r.readOnly);
    const missing = relations.filter((r) => r.required && !target(r));
    if (missing.length) {
      test.info().annotations.push({
        type: "skipped",
        description: `${meta.name}: no ${missing.map((r) => r.to).join(", ")} row to relate to`,
      });
      continue;
    }
    await page.goto(`/${meta.path}`);
    await page
      .getByRole("link", {
        name: `New ${meta.label.toLowerCase()}`,
        exact: true,
      })
      .click();
    await expect(
      page.getByRole("heading", { name: `New ${meta.label.toLowerCase()}` }),
    ).toBeVisible();
    const values = requiredValues(meta);
    for (const field of meta.fields) {
      if (field.name in values) await fill(page, field, values[field.name]);
      else if (
        field.required &&
        (field.kind === "file" || field.kind === "image")
      )
        await fill(page, field, null);
    }
    for (const relation of relations) {
      const row = target(relation);
      if (!row) continue;
      await choose(page, `field-${relation.name}`, row.search);
      if (relation.required || relation.many)
        values[relation.name] = relation.many ? [row.id] : row.id;
    }
    if (first) {
      await accessible(page, "form");
      await screenshot(page, "frontend-form");
      first = false;
    }
    await page
      .getByRole("button", { name: `Create ${meta.label.toLowerCase()}` })
      .click();
    await page.waitForURL(new RegExp(`/${meta.path}/\\d+$`));
    const id = Number(page.url().split("/").pop());
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    made.set(meta.name, [{ id, values }]);
    if (made.size === 1) await accessible(page, "detail");
  }
  expect(made.size, "rows made through the forms").toBeGreaterThan(0);
});

test("a list is searched, filtered, ordered and paged; a row is edited and one deleted", async () => {
  // The first entity made without a file to send: its rows can be made through the API.
  const meta = all.find(
    (m) =>
      made.has(m.name) &&
      !m.fields.some(
        (f) => f.required && (f.kind === "file" || f.kind === "image"),
      ),
  );
  test.skip(!meta, "no entity whose rows the API can make");
  if (!meta) return;
  const [mine] = made.get(meta.name) ?? [];
  if (!mine) throw new Error("no row");

  // Enough rows for a second page, through the API.
  const count = (
    (await api(page, "GET", `/api/v1/${meta.path}/?page_size=1`)).body as {
      count: number;
    }
  ).count;
  const rows = made.get(meta.name) ?? [];
  for (let i = count; i <= PAGE_SIZE; i++) {
    const values = requiredValues(meta);
    for (const relation of meta.relations.filter(
      (r) => !r.readOnly && r.required,
    )) {
      const row = target(relation);
      if (row) values[relation.name] = relation.many ? [row.id] : row.id;
    }
    const answer = await api(page, "POST", `/api/v1/${meta.path}/`, values);
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    rows.push({ id: (answer.body as { id: number }).id, values });
  }

  await page.goto(`/${meta.path}`);
  await expect(
    page.getByRole("heading", { name: meta.labelPlural, level: 1 }),
  ).toBeVisible();
  await expect(page.locator("table caption")).toContainText(
    `${rows.length} in all`,
  );
  await accessible(page, "list");
  await screenshot(page, "frontend-list");
  const form = page.getByRole("search");

  // Paging: the second page is the API's second page.
  const pager = page.getByRole("navigation", {
    name: `${meta.labelPlural}, pages`,
  });
  await expect(pager).toContainText("Page 1 of 2");
  const firstPage = await shownIds(page, meta);
  await pager.getByRole("button", { name: "Next" }).click();
  await expect(pager).toContainText("Page 2 of 2");
  await expect.poll(() => shownIds(page, meta)).not.toEqual(firstPage);
  expect(
    (await shownIds(page, meta)).some((id) => firstPage.includes(id)),
  ).toBe(false);

  // Search: a value of the row made through the form.
  const searched = meta.search.find(
    (name) => typeof mine.values[name] === "string",
  );
  if (searched) {
    const term = String(mine.values[searched]);
    await form.getByLabel("Search", { exact: true }).fill(term);
    await form.getByRole("button", { name: "Apply" }).click();
    const found = await expectListed(page, meta, { search: term });
    expect(found).toContain(mine.id);
    await form.getByLabel("Search", { exact: true }).fill("");
  }

  // A filter the suite knows a value for.
  const filters = filterParams(meta);
  const filterValue = (filter: FilterParam): string | null => {
    const field = filter.field;
    const lookup = filter.param.slice(filter.field?.name.length ?? 0);
    if (!field || !(field.name in mine.values)) return null;
    const value = mine.values[field.name];
    if (field.kind === "choice" || (field.kind === "boolean" && lookup === ""))
      return String(value);
    if (
      ["", "__exact", "__iexact", "__icontains"].includes(lookup) &&
      typeof value === "string" &&
      ["string", "email", "slug", "text"].includes(field.kind)
    )
      return value;
    return null;
  };
  const filter = filters.find((f) => filterValue(f) !== null);
  if (filter) {
    const value = filterValue(filter) ?? "";
    const input = form.getByLabel(filter.label, { exact: true });
    if (filter.field?.kind === "choice" || filter.field?.kind === "boolean")
      await input.selectOption(value);
    else await input.fill(value);
    await form.getByRole("button", { name: "Apply" }).click();
    const found = await expectListed(page, meta, { [filter.param]: value });
    expect(found).toContain(mine.id);
    if (filter.field?.kind === "choice" || filter.field?.kind === "boolean")
      await input.selectOption("");
    else await input.fill("");
  }

  // An order: the first orderable field, descending.
  const [ordered] = meta.ordering;
  if (ordered) {
    await form.getByLabel("Order by").selectOption(`-${ordered}`);
    await form.getByRole("button", { name: "Apply" }).click();
    await expectListed(page, meta, { ordering: `-${ordered}` });
  }

  // Edit the row made through the form: a text field gets a new value.
  const editable = all.find(
    (m) => made.has(m.name) && allowed(m, "update", firstRole),
  );
  if (editable) {
    const [row] = made.get(editable.name) ?? [];
    const field = editable.fields.find(
      (f) =>
        !f.readOnly &&
        !f.pattern &&
        ["string", "text"].includes(f.kind) &&
        (!f.visibleTo || f.visibleTo.includes(firstRole)),
    );
    if (row && field) {
      await page.goto(`/${editable.path}/${row.id}`);
      await page.getByRole("link", { name: "Edit", exact: true }).click();
      await expect(
        page.getByRole("heading", {
          name: `Edit ${editable.label.toLowerCase()}`,
        }),
      ).toBeVisible();
      await expect(page.locator(`#field-${field.name}`)).toBeEditable();
      const value = textFor(field, `${RUN}edited`);
      await page.locator(`#field-${field.name}`).fill(value);
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.waitForURL(
        (url) => url.pathname === `/${editable.path}/${row.id}`,
      );
      await expect(page.getByText(value).first()).toBeVisible();
      row.values[field.name] = value;
    }
  }

  // Delete a row the API made, after the confirmation.
  const doomed = rows.at(-1);
  if (doomed && doomed !== mine && allowed(meta, "delete", firstRole)) {
    await page.goto(`/${meta.path}/${doomed.id}`);
    await page.getByRole("button", { name: "Delete", exact: true }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText(
      `Delete this ${meta.label.toLowerCase()}?`,
    );
    await dialog
      .getByRole("button", { name: `Delete ${meta.label.toLowerCase()}` })
      .click();
    await page.waitForURL((url) => url.pathname === `/${meta.path}`);
    expect(
      (await api(page, "GET", `/api/v1/${meta.path}/${doomed.id}/`)).status,
    ).toBe(404);
    rows.pop();
  }
});

/** The invitation's link: shown on the screen, or in the email the API sent. */
async function invitationLink(page: Page, email: string): Promise<string> {
  const shown = page.locator("code", { hasText: "/invitations/accept?token=" });
  const success = page.getByText(`${email} is invited`);
  await expect(success).toBeVisible();
  if (await shown.count())
    return (
      new URL(await shown.innerText()).pathname +
      new URL(await shown.innerText()).search
    );
  if (!MAIL_DIR)
    throw new Error(
      "Invitation emails are on: run the API with EMAIL_URL=filemail:///some/dir and set E2E_MAIL_DIR to that dir",
    );
  let link = "";
  await expect
    .poll(
      () => {
        for (const name of readdirSync(MAIL_DIR)) {
          const mail = readFileSync(path.join(MAIL_DIR, name), "utf8").replace(
            /=\r?\n/g,
            "",
          );
          const found = mail.includes(email)
            ? /\/invitations\/accept\?token=[\w%=-]+/.exec(mail)
            : null;
          if (found) link = found[0].replace(/=3D/g, "=");
        }
        return link;
      },
      {
        timeout: 60_000,
        message: `an invitation email to ${email} in ${MAIL_DIR}`,
      },
    )
    .not.toBe("");
  return link;
}

let invitation = "";

test("the account and workspace screens; someone is invited with the last role", async () => {
  await page.goto("/account");
  await expect(
    page.getByRole("heading", { name: "Your account", level: 1 }),
  ).toBeVisible();
  await accessible(page, "account");

  await page.goto("/workspace");
  await expect(
    page.getByRole("heading", { name: "Workspace settings", level: 1 }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
  await accessible(page, "workspace settings");
  const invite = page.locator("form", { has: page.locator("#invite-email") });
  await page.locator("#invite-email").fill(INVITED.email);
  await page.locator("#invite-role").selectOption(lastRole);
  await invite.getByRole("button", { name: "Invite" }).click();
  invitation = await invitationLink(page, INVITED.email);
  await expect(page.getByRole("region", { name: "Invitations" })).toContainText(
    INVITED.email,
  );
  await screenshot(page, "frontend-workspace");
  await signOut(page, OWNER);
});

test("the invited user joins with the last role, which may not do what it is not granted", async ({
  browser,
}) => {
  const invited = await newContextPage(browser);
  try {
    await invited.goto(invitation);
    await expect(
      invited.getByRole("heading", { name: "Join a workspace" }),
    ).toBeVisible();
    await invited.getByRole("link", { name: "Create an account" }).click();
    await signUp(invited, INVITED, invitation);
    await invited
      .getByRole("button", { name: "Accept the invitation" })
      .click();
    await invited.waitForURL((url) => url.pathname === "/");
    expect(roleOf((await api(invited, "GET", "/api/v1/auth/me/")).body)).toBe(
      lastRole,
    );

    const barred = all.find(
      (m) =>
        allowed(m, "list", lastRole) &&
        !allowed(m, "create", lastRole) &&
        made.has(m.name),
    );
    test.skip(!barred, `the ${lastRole} role may create every entity it lists`);
    if (!barred) return;
    await invited.goto(`/${barred.path}`);
    await expect(
      invited.getByRole("heading", { name: barred.labelPlural, level: 1 }),
    ).toBeVisible();
    await expect(
      invited
        .locator("table caption")
        .or(invited.getByText(`No ${barred.labelPlural.toLowerCase()}`)),
    ).toBeVisible();
    await expect(
      invited.getByRole("link", { name: `New ${barred.label.toLowerCase()}` }),
    ).toHaveCount(0);
    const [row] = made.get(barred.name) ?? [];
    const forced = await api(
      invited,
      "POST",
      `/api/v1/${barred.path}/`,
      row?.values ?? {},
    );
    expect(forced.status, JSON.stringify(forced.body)).toBe(403);
    await signOut(invited, INVITED);
  } finally {
    await invited.context().close();
  }
});
