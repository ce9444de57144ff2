"use client";

import { useCallback } from "react";

import { Spinner } from "@/components/ui/Spinner";
import { LoadFailed } from "@/components/ui/LoadFailed";
import { client, unwrap } from "@/lib/api";
import { useSession } from "@/lib/session";
import { useLoad } from "@/lib/use-load";

import { type Member, MemberRow } from "./MemberRow";

const PAGE_SIZE = 100;

/** The workspace's members; managers change roles and remove members. */
export function Members({
  workspaceId,
  canManage,
}: {
  workspaceId: number;
  canManage: boolean;
}) {
  const { user, reload: reloadSession } = useSession();
  const load = useCallback(
    () =>
      unwrap(
        client.GET("/api/v1/workspaces/{workspace_pk}/members/", {
          params: {
            path: { workspace_pk: workspaceId },
            query: { page_size: PAGE_SIZE },
          },
        }),
      ),
    [workspaceId],
  );
  const { loaded, reload, set } = useLoad(load);

  function body() {
    if (loaded.state === "loading")
      return <Spinner label="Loading the members…" />;
    if (loaded.state === "failed") {
      return (
        <LoadFailed what="The members" error={loaded.error} retry={reload} />
      );
    }
    const page = loaded.data;
    const replace = (changed: Member) => {
      set({
        ...page,
        results: page.results.map((m) => (m.id === changed.id ? changed : m)),
      });
      // One's own role changes what one may do: the session says so.
      if (changed.user === user.id) void reloadSession();
    };
    const removed = (gone: Member) => {
      if (gone.user === user.id) void reloadSession();
      else reload();
    };
    return (
      <>
        <table>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Member since</th>
              {canManage ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {page.results.map((member) => (
              <MemberRow
                key={member.id}
                workspaceId={workspaceId}
                member={member}
                isSelf={member.user === user.id}
                canManage={canManage}
                onChanged={replace}
                onRemoved={removed}
              />
            ))}
          </tbody>
        </table>
        {page.count > page.results.length ? (
          <p className="muted">
            The first {page.results.length} of {page.count} members.
          </p>
        ) : null}
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      {!canManage ? (
        <p className="muted">
          Only the workspace&apos;s managers change roles.
        </p>
      ) : null}
      {body()}
    </section>
  );
}
