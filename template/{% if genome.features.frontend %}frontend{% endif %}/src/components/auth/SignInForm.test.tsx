import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, expect, test, vi } from "vitest";

import { json, profile, setCookie, stubFetch } from "@/test/fetch-stub";

import { SignInForm } from "./SignInForm";

const replace = vi.fn();

vi.mock("next/navigation", () => ({ useRouter: () => ({ replace }) }));

beforeEach(() => {
  setCookie("csrftoken", "token-1");
  replace.mockClear();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function signIn(email: string) {
  render(<SignInForm next="/tasks" />);
  await userEvent.type(screen.getByLabelText(/Email/), email);
  await userEvent.type(screen.getByLabelText(/Password/), "secret");
  await userEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

test("shows the API's field errors on their inputs", async () => {
  const { sent } = stubFetch(() =>
    json(400, {
      error: "validation_error",
      message: "The request is not valid.",
      fields: {
        email: ["Enter a valid email address."],
        non_field_errors: ["Try again."],
      },
    }),
  );

  await signIn("not-an-email");

  expect(await screen.findByRole("alert")).toHaveTextContent(
    "The request is not valid. Try again.",
  );
  const email = screen.getByLabelText(/Email/);
  expect(email).toHaveAttribute("aria-invalid", "true");
  expect(email).toHaveAccessibleDescription("Enter a valid email address.");
  expect(screen.getByLabelText(/Password/)).not.toHaveAttribute("aria-invalid");
  expect(sent[0]?.headers.get("X-CSRFToken")).toBe("token-1");
  expect(JSON.parse(sent[0]?.body ?? "")).toEqual({
    email: "not-an-email",
    password: "secret",
  });
  expect(replace).not.toHaveBeenCalled();
});

test("goes on to the page asked for once signed in", async () => {
  stubFetch(() => json(200, profile));

  await signIn("ada@example.com");

  await vi.waitFor(() => expect(replace).toHaveBeenCalledWith("/tasks"));
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
});
