import "@testing-library/jest-dom/vitest";
import { cleanup } from "@testing-library/react";
import { afterEach, vi } from "vitest";

// The template's tests are written against the example genome's entities and roles
// (Project, Label, Task, Comment; owner, admin, member, viewer), so they hold for any
// genome the project has: each test file gets the fixtures of src/test/ in the place
// of the generated registry and genome module (a vi.mock in a setup file applies to
// every test file). A test of the project's own genome takes the real modules back
// with vi.unmock (src/lib/genome-rules.test.ts).
vi.mock("@/generated/entities", () => import("@/test/registry"));
vi.mock("@/generated/genome", () => import("@/test/genome"));

afterEach(cleanup);
