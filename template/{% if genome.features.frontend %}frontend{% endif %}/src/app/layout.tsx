import type { Metadata } from "next";
import type { ReactNode } from "react";

import { product } from "@/generated/genome";

import "./globals.css";

export const metadata: Metadata = {
  title: { default: product, template: `%s · ${product}` },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
