// Parses every ```mermaid block of the Markdown files given as arguments with
// Mermaid's own parser. Prints one line per diagram; exits 1 if any fails to parse.
//
//   node tests/mermaid/parse.mjs docs/architecture.md ...
//
// Flowcharts sanitise labels with DOMPurify, which needs a DOM: jsdom provides it.
import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";

globalThis.window = new JSDOM("").window;
const { default: mermaid } = await import("mermaid");

const FENCE = /^```mermaid[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
let diagrams = 0;
let failures = 0;
for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, "utf8");
  for (const match of text.matchAll(FENCE)) {
    diagrams += 1;
    const line = text.slice(0, match.index).split("\n").length;
    try {
      const { diagramType } = await mermaid.parse(match[1]);
      console.log(`ok ${path}:${line} ${diagramType}`);
    } catch (error) {
      failures += 1;
      console.log(`FAIL ${path}:${line}\n${error.message}`);
    }
  }
}
if (diagrams === 0) {
  console.log("no mermaid blocks found");
  process.exit(2);
}
process.exit(failures ? 1 : 0);
