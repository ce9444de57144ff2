import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";

import { json, profile, setCookie, stubFetch } from "@/test/fetch-stub";

import { client, unwrap } from "./api";
import { ApiError } from "./errors";
import { redirectToSignIn } from "./navigation";
import { setTabWorkspace } from "./workspace";

vi.mock("./navigation", async (original) => ({
  ...(await original<typeof import("./navigation")>()),
  redirectToSignIn: vi.fn(),
}));

const page = { count: 0, results: [] };

beforeEach(() => {
  setCookie("csrftoken", "token-1");
  setTabWorkspace(null);
  vi.mocked(redirectToSignIn).mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("a 401", () => {
  test("two parallel 401s share one refresh, then both retry", async () => {
    let signedIn = false;
    const { sent } = stubFetch(async (request) => {
      if (request.url === "/api/v1/auth/refresh/") {
        await new Promise((resolve) => setTimeout(resolve, 10));
        signedIn = true;
        return json(204);
      }
      if (!signedIn) {
        return json(401, {
          error: "not_authenticated",
          message: "Sign in.",
          fields: {},
        });
      }
      return json(
        200,
        request.url.startsWith("/api/v1/auth/me/") ? profile : page,
      );
    });

    const [me, workspaces] = await Promise.all([
      unwrap(client.GET("/api/v1/auth/me/")),
      unwrap(client.GET("/api/v1/workspaces/")),
    ]);

    expect(me.email).toBe("ada@example.com");
    expect(workspaces.count).toBe(0);
    const urls = sent.map((r) => `${r.method} ${r.url}`);
    expect(urls.filter((u) => u === "POST /api/v1/auth/refresh/")).toHaveLength(
      1,
    );
    expect(urls.filter((u) => u === "GET /api/v1/auth/me/")).toHaveLength(2);
    expect(urls.filter((u) => u === "GET /api/v1/workspaces/")).toHaveLength(2);
    expect(redirectToSignIn).not.toHaveBeenCalled();
  });

  test("retries a POST with its body", async () => {
    let signedIn = false;
    const { sent } = stubFetch((request) => {
      if (request.url === "/api/v1/auth/refresh/") {
        signedIn = true;
        return json(204);
      }
      return signedIn
        ? json(200, profile)
        : json(401, { error: "not_authenticated" });
    });

    await unwrap(
      client.PATCH("/api/v1/auth/me/", { body: { first_name: "Ada" } }),
    );

    const patches = sent.filter((r) => r.method === "PATCH");
    expect(patches).toHaveLength(2);
    expect(patches[1]?.body).toBe('{"first_name":"Ada"}');
    expect(patches[1]?.headers.get("X-CSRFToken")).toBe("token-1");
  });

  test("goes to sign-in when the refresh fails", async () => {
    const { sent } = stubFetch(() =>
      json(401, {
        error: "not_authenticated",
        message: "Sign in again.",
        fields: {},
      }),
    );

    const answer = unwrap(client.GET("/api/v1/auth/me/"));

    await expect(answer).rejects.toMatchObject({
      status: 401,
      message: "Sign in again.",
    });
    expect(sent.map((r) => r.url)).toEqual([
      "/api/v1/auth/me/",
      "/api/v1/auth/refresh/",
    ]);
    expect(redirectToSignIn).toHaveBeenCalledTimes(1);
  });

  test("from login is a wrong password, not an expired session", async () => {
    const { sent } = stubFetch(() =>
      json(401, {
        error: "authentication_failed",
        message: "Wrong email or password.",
        fields: {},
      }),
    );

    await expect(
      unwrap(
        client.POST("/api/v1/auth/login/", {
          body: { email: "a@b.c", password: "x" },
        }),
      ),
    ).rejects.toBeInstanceOf(ApiError);
    expect(sent).toHaveLength(1);
    expect(redirectToSignIn).not.toHaveBeenCalled();
  });
});

describe("the CSRF header", () => {
  test("goes with unsafe methods, read from the cookie at each request", async () => {
    const { sent } = stubFetch(() => json(200, profile));

    await client.GET("/api/v1/auth/me/");
    await client.PATCH("/api/v1/auth/me/", { body: { last_name: "L" } });
    setCookie("csrftoken", "token-2");
    await client.POST("/api/v1/workspaces/", { body: { name: "New" } });

    expect(sent[0]?.headers.has("X-CSRFToken")).toBe(false);
    expect(sent[1]?.headers.get("X-CSRFToken")).toBe("token-1");
    expect(sent[2]?.headers.get("X-CSRFToken")).toBe("token-2");
  });

  test("is fetched from /auth/csrf/ when the cookie is missing", async () => {
    setCookie("csrftoken", null);
    const { sent } = stubFetch((request) => {
      if (request.url === "/api/v1/auth/csrf/") {
        setCookie("csrftoken", "fresh");
        return json(200, { csrf_token: "fresh" });
      }
      return json(204);
    });

    await client.POST("/api/v1/auth/logout/");

    expect(sent.map((r) => `${r.method} ${r.url}`)).toEqual([
      "GET /api/v1/auth/csrf/",
      "POST /api/v1/auth/logout/",
    ]);
    expect(sent[1]?.headers.get("X-CSRFToken")).toBe("fresh");
  });
});

describe("X-Workspace", () => {
  test("names the tab's workspace, kept for the tab as an id only", async () => {
    const { sent } = stubFetch(() => json(200, page));

    await client.GET("/api/v1/workspaces/");
    setTabWorkspace(2);
    await client.GET("/api/v1/workspaces/");

    expect(sent[0]?.headers.has("X-Workspace")).toBe(false);
    expect(sent[1]?.headers.get("X-Workspace")).toBe("2");
    expect(window.sessionStorage.getItem("workspace")).toBe("2");
    expect(window.sessionStorage).toHaveLength(1);
    expect(window.localStorage).toHaveLength(0);
  });

  test("survives a reload of the tab", async () => {
    setTabWorkspace(7);
    vi.resetModules();
    const reloaded = await import("./workspace");
    expect(reloaded.tabWorkspace()).toBe(7);
  });
});

describe("an error", () => {
  test("carries the status, code, message and fields", async () => {
    stubFetch(() =>
      json(400, {
        error: "validation_error",
        message: "Check the fields.",
        fields: { name: ["Too long."], tags: { "0": ["Bad tag."] } },
      }),
    );

    const error = await unwrap(
      client.POST("/api/v1/workspaces/", { body: { name: "x" } }),
    ).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      code: "validation_error",
      message: "Check the fields.",
      fields: { name: ["Too long."], tags: ["Bad tag."] },
    });
  });
});
