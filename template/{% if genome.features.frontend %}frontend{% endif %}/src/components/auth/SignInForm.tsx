"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field, controlProps } from "@/components/ui/Field";
import { client, unwrap } from "@/lib/api";
import { text } from "@/lib/form-data";
import { useSubmit } from "@/lib/use-submit";
import { setTabWorkspace } from "@/lib/workspace";

import { AuthLinks, withNext } from "./AuthLinks";

export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const { busy, error, run, fieldError } = useSubmit(["email", "password"]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const signedIn = await run(async () => {
      await unwrap(
        client.POST("/api/v1/auth/login/", {
          body: {
            email: text(data, "email"),
            password: text(data, "password"),
          },
        }),
      );
    });
    if (signedIn) {
      setTabWorkspace(null);
      router.replace(next);
    }
  }

  return (
    <>
      <h1>Sign in</h1>
      {error ? <Alert>{error.message}</Alert> : null}
      <form onSubmit={onSubmit} noValidate>
        <Field id="email" label="Email" errors={fieldError("email")} required>
          <input
            {...controlProps("email", fieldError("email"))}
            name="email"
            type="email"
            autoComplete="email"
            required
          />
        </Field>
        <Field
          id="password"
          label="Password"
          errors={fieldError("password")}
          required
        >
          <input
            {...controlProps("password", fieldError("password"))}
            name="password"
            type="password"
            autoComplete="current-password"
            required
          />
        </Field>
        <Button type="submit" variant="primary" busy={busy}>
          Sign in
        </Button>
      </form>
      <AuthLinks
        links={[
          { href: withNext("/sign-up", next), label: "Create an account" },
          { href: "/forgot-password", label: "Forgot your password?" },
        ]}
      />
    </>
  );
}
