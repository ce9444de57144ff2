import type { Metadata } from "next";

import { SignUpForm } from "@/components/auth/SignUpForm";
import { safeNext } from "@/lib/navigation";
import { param, type SearchParams } from "@/lib/search-params";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: SearchParams;
}) {
  const next = safeNext(param(await searchParams, "next"));
  return <SignUpForm next={next} />;
}
