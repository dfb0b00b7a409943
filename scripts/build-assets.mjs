// Copies the front-end files the site serves itself into static/build/ (ignored by git).
// jQuery UI: modeltranslation's tabbed admin needs it and would otherwise load it from a CDN.
import { cpSync, mkdirSync } from "node:fs";

const copies = [
  ["node_modules/jquery-ui/dist/jquery-ui.min.js", "static/build/vendor/jquery-ui/jquery-ui.min.js"],
  ["node_modules/jquery-ui/LICENSE.txt", "static/build/vendor/jquery-ui/LICENSE.txt"],
];
for (const [from, to] of copies) {
  mkdirSync(to.substring(0, to.lastIndexOf("/")), { recursive: true });
  cpSync(from, to);
}
console.log(`build-assets: copied ${copies.length} files into static/build/`);
