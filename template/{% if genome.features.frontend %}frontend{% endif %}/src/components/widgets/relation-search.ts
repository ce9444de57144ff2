/**
 * How a relation picker finds rows: an entity's list searched by its display, or
 * for a relation to User the workspace's members searched by name or email.
 */
"use client";

import { useCallback } from "react";

import { entities } from "@/generated/entities";
import { client, unwrap } from "@/lib/api";
import { rowDisplay } from "@/lib/display";
import type { Ref } from "@/lib/entity";
import { useSession } from "@/lib/session";

const PAGE_SIZE = 20;

async function searchMembers(
  workspace: number | undefined,
  term: string,
): Promise<Ref[]> {
  if (workspace === undefined) return [];
  const page = await unwrap(
    client.GET("/api/v1/workspaces/{workspace_pk}/members/", {
      params: {
        path: { workspace_pk: workspace },
        query: { search: term || undefined, page_size: PAGE_SIZE },
      },
    }),
  );
  return page.results.map((member) => ({
    id: member.user,
    display: member.email,
  }));
}

async function searchEntity(to: string, term: string): Promise<Ref[]> {
  const entity = entities[to];
  if (!entity) return [];
  const { meta, api } = entity;
  const serverSide = meta.search.includes(meta.display);
  const page = await api.list({
    page_size: PAGE_SIZE,
    search: serverSide && term ? term : undefined,
  });
  const refs = page.results.map((row) => ({
    id: row.id,
    display: rowDisplay(meta, row),
  }));
  const needle = term.toLowerCase();
  return serverSide
    ? refs
    : refs.filter((ref) => ref.display.toLowerCase().includes(needle));
}

/** The search of a relation to `to` ("Project", or "User" for a member). */
export function useRelationSearch(to: string) {
  const workspace = useSession().membership?.workspace.id;
  return useCallback(
    (term: string) =>
      to === "User" ? searchMembers(workspace, term) : searchEntity(to, term),
    [to, workspace],
  );
}
