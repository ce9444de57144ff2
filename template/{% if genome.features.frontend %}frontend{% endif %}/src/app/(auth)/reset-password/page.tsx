import type { Metadata } from "next";

import { ResetPasswordForm } from "@/components/auth/ResetPasswordForm";
import { param, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const query = await searchParams;
  return (
    <ResetPasswordForm
      uid={param(query, "uid")}
      token={param(query, "token")}
    />
  );
}
