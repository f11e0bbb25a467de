// A form filled the way Firefox's viewer does it (pdfjs-dist): every field listed as pdf.js
// sees it, values set in the annotation storage, the file saved by pdf.js.
// Usage: node fill_pdfjs.mjs FORM.pdf [ANSWERS.json OUT.pdf]
//   prints one JSON line per field: {name, type, options, description, value}
//   ANSWERS.json: {"field name": "text" | "option" | true}; OUT.pdf: the filled file.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../e2e/package.json", import.meta.url));
const pdfjs = await import(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"));

const [form, answersFile, out] = process.argv.slice(2);
const pdf = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(form)), verbosity: 0 })
  .promise;
const answers = answersFile ? JSON.parse(readFileSync(answersFile, "utf8")) : {};

const fields = new Map();
for (let n = 1; n <= pdf.numPages; n++) {
  const page = await pdf.getPage(n);
  for (const a of await page.getAnnotations()) {
    if (a.subtype !== "Widget") continue;
    const type = a.radioButton ? "radio" : a.checkBox ? "checkbox" : a.fieldType === "Tx" ? "text" : a.fieldType;
    const field = fields.get(a.fieldName) ?? { name: a.fieldName, type, options: [],
      description: a.alternativeText ?? "", value: a.fieldValue ?? null };
    if (a.radioButton) field.options.push(a.buttonValue);
    if (a.checkBox) field.options.push(a.exportValue);
    fields.set(a.fieldName, field);
    if (!(a.fieldName in answers)) continue;
    const wanted = answers[a.fieldName];
    if (a.radioButton) pdf.annotationStorage.setValue(a.id, { value: a.buttonValue === wanted });
    else if (a.checkBox) pdf.annotationStorage.setValue(a.id, { value: wanted === true });
    else pdf.annotationStorage.setValue(a.id, { value: wanted });
  }
}
for (const field of fields.values()) console.log(JSON.stringify(field));
if (out) writeFileSync(out, await pdf.saveDocument());
