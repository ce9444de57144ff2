"use client";

import { type FormEvent, useState } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { client, unwrap } from "@/lib/api";
import { text } from "@/lib/form-data";
import { useSubmit } from "@/lib/use-submit";

import { AuthLinks } from "./AuthLinks";

export function ForgotPasswordForm() {
  const { busy, error, run, fieldError } = useSubmit(["email"]);
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = text(new FormData(event.currentTarget), "email");
    const sent = await run(async () => {
      await unwrap(
        client.POST("/api/v1/auth/password/reset/", { body: { email } }),
      );
    });
    if (sent) setSentTo(email);
  }

  return (
    <>
      <h1>Reset your password</h1>
      {sentTo ? (
        <Alert tone="success" title="Check your email">
          If {sentTo} has an account, a link to choose a new password is on its
          way.
        </Alert>
      ) : (
        <>
          {error ? <Alert>{error.message}</Alert> : null}
          <form onSubmit={onSubmit} noValidate>
            <Field
              id="email"
              label="Email"
              help="We email you a link to choose a new password."
              errors={fieldError("email")}
              required
            >
              <input
                {...controlProps(
                  "email",
                  fieldError("email"),
                  "We email you a link to choose a new password.",
                )}
                name="email"
                type="email"
                autoComplete="email"
                required
              />
            </Field>
            <Button type="submit" variant="primary" busy={busy}>
              Send the link
            </Button>
          </form>
        </>
      )}
      <AuthLinks links={[{ href: "/sign-in", label: "Back to sign in" }]} />
    </>
  );
}
