import { afterEach, beforeEach, expect, test, vi } from "vitest";

import { json, setCookie, stubFetch } from "@/test/fetch-stub";

import { ApiError } from "./errors";
import { upload } from "./upload";
import { redirectToSignIn } from "./navigation";
import { setTabWorkspace } from "./workspace";

vi.mock("./navigation", async (original) => ({
  ...(await original<typeof import("./navigation")>()),
  redirectToSignIn: vi.fn(),
}));

/** An XMLHttpRequest that answers each send with the next of `answers`. */
function stubXhr(answers: { status: number; body?: unknown }[]) {
  const sent: {
    method: string;
    url: string;
    headers: Record<string, string>;
  }[] = [];
  class FakeXhr {
    status = 0;
    statusText = "";
    responseText = "";
    upload: { onprogress: ((event: ProgressEvent) => void) | null } = {
      onprogress: null,
    };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private request = {
      method: "",
      url: "",
      headers: {} as Record<string, string>,
    };

    open(method: string, url: string) {
      this.request = { method, url, headers: {} };
    }

    setRequestHeader(name: string, value: string) {
      this.request.headers[name.toLowerCase()] = value;
    }

    send() {
      sent.push(this.request);
      const answer = answers.shift() ?? { status: 500 };
      queueMicrotask(() => {
        this.upload.onprogress?.({
          lengthComputable: true,
          loaded: 50,
          total: 100,
        } as ProgressEvent);
        this.status = answer.status;
        this.responseText =
          answer.body === undefined ? "" : JSON.stringify(answer.body);
        this.onload?.();
      });
    }
  }
  vi.stubGlobal("XMLHttpRequest", FakeXhr);
  return sent;
}

beforeEach(() => {
  setCookie("csrftoken", "token-1");
  setTabWorkspace(4);
  vi.mocked(redirectToSignIn).mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

test("sends the CSRF and workspace headers, and reports progress", async () => {
  const sent = stubXhr([{ status: 201, body: { id: 9 } }]);
  const progress: number[] = [];

  const answer = await upload("POST", "/api/v1/tasks/", new FormData(), (p) =>
    progress.push(p),
  );

  expect(answer).toEqual({ id: 9 });
  expect(progress).toEqual([0.5, 1]);
  expect(sent[0]).toEqual({
    method: "POST",
    url: "/api/v1/tasks/",
    headers: { "x-csrftoken": "token-1", "x-workspace": "4" },
  });
});

test("refreshes the session on a 401 and sends again", async () => {
  const sent = stubXhr([{ status: 401 }, { status: 200, body: { id: 9 } }]);
  const { sent: fetched } = stubFetch(() => json(204));

  await expect(
    upload("PATCH", "/api/v1/tasks/9/", new FormData(), () => undefined),
  ).resolves.toEqual({ id: 9 });
  expect(sent).toHaveLength(2);
  expect(fetched.map((r) => r.url)).toEqual(["/api/v1/auth/refresh/"]);
});

test("goes to sign-in when the refresh fails", async () => {
  stubXhr([
    {
      status: 401,
      body: { error: "not_authenticated", message: "Sign in.", fields: {} },
    },
  ]);
  stubFetch(() => json(401));

  await expect(
    upload("POST", "/api/v1/tasks/", new FormData(), () => undefined),
  ).rejects.toMatchObject({ status: 401 });
  expect(redirectToSignIn).toHaveBeenCalledTimes(1);
});

test("rejects with the API's field errors", async () => {
  stubXhr([
    {
      status: 400,
      body: {
        error: "validation_error",
        message: "Check the file.",
        fields: { attachment: ["The file is too large."] },
      },
    },
  ]);

  const error: unknown = await upload(
    "POST",
    "/api/v1/tasks/",
    new FormData(),
    () => undefined,
  ).catch((caught: unknown) => caught);

  expect(error).toBeInstanceOf(ApiError);
  expect(error).toMatchObject({
    status: 400,
    fields: { attachment: ["The file is too large."] },
  });
});
