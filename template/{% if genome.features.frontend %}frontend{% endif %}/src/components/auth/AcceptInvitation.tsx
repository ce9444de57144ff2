"use client";

import { useRouter } from "next/navigation";

import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { client, unwrap } from "@/lib/api";
import { useSubmit } from "@/lib/use-submit";
import { setTabWorkspace } from "@/lib/workspace";

import { AuthLinks, withNext } from "./AuthLinks";

/**
 * The invitation link's page: /invitations/accept?token=…
 * Signed in, one click joins; signed out, the request's 401 sends the visitor to
 * sign in (or sign up), and back here afterwards.
 */
export function AcceptInvitation({ token }: { token: string }) {
  const router = useRouter();
  const { busy, error, run } = useSubmit(["token"]);
  const here = `/invitations/accept?token=${encodeURIComponent(token)}`;

  if (!token) {
    return (
      <>
        <h1>Join a workspace</h1>
        <Alert>
          This invitation link is incomplete. Open the link from the email
          again.
        </Alert>
      </>
    );
  }

  async function accept() {
    await run(async () => {
      const profile = await unwrap(
        client.POST("/api/v1/invitations/accept/", { body: { token } }),
      );
      // The workspace joined is the user's active one now.
      setTabWorkspace(profile.active_workspace.id);
      router.replace("/");
    });
  }

  return (
    <>
      <h1>Join a workspace</h1>
      {error ? (
        <Alert>
          {error.message} {error.fields.token?.join(" ")}
        </Alert>
      ) : null}
      <p>You have been invited to a workspace. Accept to join it.</p>
      <Button variant="primary" busy={busy} onClick={accept}>
        Accept the invitation
      </Button>
      <p className="muted">
        Not signed in yet? Sign in or create an account with the invited email
        address first; you come back here afterwards.
      </p>
      <AuthLinks
        links={[
          { href: withNext("/sign-in", here), label: "Sign in" },
          { href: withNext("/sign-up", here), label: "Create an account" },
        ]}
      />
    </>
  );
}
