import type { Metadata } from "next";

import { SignInForm } from "@/components/auth/SignInForm";
import { safeNext } from "@/lib/navigation";
import { param, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const next = safeNext(param(await searchParams, "next"));
  return <SignInForm next={next} />;
}
