/**
 * The genome module (src/generated/genome.ts) for the template's own tests, whatever
 * the project's genome: the example genome's (examples/project_management.yml).
 * vitest.setup.ts puts it in the place of the generated one.
 */

/** The product's name. */
export const product = "Acme Tasks";

/** Workspace roles, most privileged first. */
export const roles = ["owner", "admin", "member", "viewer"] as const;
