import type { Metadata } from "next";

import { AcceptInvitation } from "@/components/auth/AcceptInvitation";
import { param, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Join a workspace" };

export default async function AcceptInvitationPage({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  return <AcceptInvitation token={param(await searchParams, "token")} />;
}
