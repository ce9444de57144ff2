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

const FIELDS = [
  "email",
  "password",
  "first_name",
  "last_name",
  "workspace_name",
] as const;

const HELP: Partial<Record<(typeof FIELDS)[number], string>> = {
  workspace_name: "Your own workspace, created with the account.",
};

export function SignUpForm({ next }: { next: string }) {
  const router = useRouter();
  const { busy, error, run, fieldError } = useSubmit([...FIELDS]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const signedUp = await run(async () => {
      await unwrap(
        client.POST("/api/v1/auth/register/", {
          body: {
            email: text(data, "email"),
            password: text(data, "password"),
            first_name: text(data, "first_name"),
            last_name: text(data, "last_name"),
            workspace_name: text(data, "workspace_name") || undefined,
          },
        }),
      );
    });
    if (signedUp) {
      setTabWorkspace(null);
      router.replace(next);
    }
  }

  function input(
    name: (typeof FIELDS)[number],
    label: string,
    attributes: { type: string; autoComplete: string; required?: boolean },
  ) {
    return (
      <Field
        id={name}
        label={label}
        help={HELP[name]}
        errors={fieldError(name)}
        required={attributes.required}
      >
        <input
          {...controlProps(name, fieldError(name), HELP[name])}
          name={name}
          {...attributes}
        />
      </Field>
    );
  }

  return (
    <>
      <h1>Create an account</h1>
      {error ? <Alert>{error.message}</Alert> : null}
      <form onSubmit={onSubmit} noValidate>
        {input("email", "Email", {
          type: "email",
          autoComplete: "email",
          required: true,
        })}
        {input("password", "Password", {
          type: "password",
          autoComplete: "new-password",
          required: true,
        })}
        {input("first_name", "First name", {
          type: "text",
          autoComplete: "given-name",
        })}
        {input("last_name", "Last name", {
          type: "text",
          autoComplete: "family-name",
        })}
        {input("workspace_name", "Workspace name", {
          type: "text",
          autoComplete: "organization",
        })}
        <Button type="submit" variant="primary" busy={busy}>
          Create account
        </Button>
      </form>
      <AuthLinks
        links={[
          {
            href: withNext("/sign-in", next),
            label: "Already have an account? Sign in",
          },
        ]}
      />
    </>
  );
}
