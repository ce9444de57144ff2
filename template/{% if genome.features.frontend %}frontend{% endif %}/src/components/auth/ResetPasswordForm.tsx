"use client";

import { type FormEvent, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { client, unwrap } from "@/lib/api";
import { ApiError } from "@/lib/errors";
import { text } from "@/lib/form-data";
import { useSubmit } from "@/lib/use-submit";

import { AuthLinks } from "./AuthLinks";

/** The emailed link's page: /reset-password?uid=…&token=… */
export function ResetPasswordForm({
  uid,
  token,
}: {
  uid: string;
  token: string;
}) {
  const { busy, error, run, fieldError } = useSubmit([
    "new_password",
    "confirm_password",
  ]);
  const [done, setDone] = useState(false);

  if (!uid || !token) {
    return (
      <>
        <h1>Choose a new password</h1>
        <Alert>
          This link is incomplete. Open the link from the email again, or ask
          for a new one.
        </Alert>
        <AuthLinks
          links={[{ href: "/forgot-password", label: "Ask for a new link" }]}
        />
      </>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const password = text(data, "new_password");
    const reset = await run(async () => {
      if (password !== text(data, "confirm_password")) {
        throw new ApiError(400, "validation_error", "Check the passwords.", {
          confirm_password: ["The two passwords differ."],
        });
      }
      await unwrap(
        client.POST("/api/v1/auth/password/reset/confirm/", {
          body: { uid, token, new_password: password },
        }),
      );
    });
    if (reset) setDone(true);
  }

  if (done) {
    return (
      <>
        <h1>Choose a new password</h1>
        <Alert tone="success" title="Your password is changed">
          Sign in with your new password.
        </Alert>
        <AuthLinks links={[{ href: "/sign-in", label: "Sign in" }]} />
      </>
    );
  }

  return (
    <>
      <h1>Choose a new password</h1>
      {error ? <Alert>{error.message}</Alert> : null}
      <form onSubmit={onSubmit} noValidate>
        <Field
          id="new_password"
          label="New password"
          errors={fieldError("new_password")}
          required
        >
          <input
            {...controlProps("new_password", fieldError("new_password"))}
            name="new_password"
            type="password"
            autoComplete="new-password"
            required
          />
        </Field>
        <Field
          id="confirm_password"
          label="New password, again"
          errors={fieldError("confirm_password")}
          required
        >
          <input
            {...controlProps(
              "confirm_password",
              fieldError("confirm_password"),
            )}
            name="confirm_password"
            type="password"
            autoComplete="new-password"
            required
          />
        </Field>
        <Button type="submit" variant="primary" busy={busy}>
          Change password
        </Button>
      </form>
      <AuthLinks
        links={[{ href: "/forgot-password", label: "Ask for a new link" }]}
      />
    </>
  );
}
