import type { NextConfig } from "next";

// https://nextjs.org/docs/app/api-reference/config/next-config-js
const config: NextConfig = {
  // A self-contained server in .next/standalone, for the container image.
  output: "standalone",
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
