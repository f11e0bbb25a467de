// The structure tree as pdf.js (pdfjs-dist) reads it, a third independent reading: for each page,
// the roles of the elements with content on it, in order, one line per page ("1: Document P H1…").
// Usage: node struct_roles.mjs FILE.pdf
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const pdfjs = await import(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"));

const data = new Uint8Array(readFileSync(process.argv[2]));
const pdf = await pdfjs.getDocument({ data, verbosity: 0 }).promise;
const roles = (node, out) => {
  if (node.role && node.role !== "Root") out.push(node.role);
  for (const child of node.children ?? []) if (child.role) roles(child, out);
  return out;
};
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  const tree = await page.getStructTree();
  console.log(`${n}: ${tree ? roles(tree, []).join(" ") : "(none)"}`);
}
