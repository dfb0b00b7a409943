// Builds the front-end files the site serves itself into static/build/ (ignored by git):
// - css/site.css: static/scss/site.scss, i.e. Bootstrap Italia trimmed to the components the
//   templates use plus the site's own rules, compressed, without a source map;
// - fonts/: the Titillium Web weights that static/scss/_fonts.scss declares;
// - svg/sprites.svg: only the Bootstrap Italia icons the templates reference
//   (`sprites.svg#it-…`), found by reading the templates;
// - vendor/jquery-ui/: modeltranslation's tabbed admin needs it and would otherwise load it
//   from a CDN;
// - vendor/leaflet/: the map of the help desks, loaded only when a visitor asks for it.
// No Bootstrap Italia JavaScript is used: the templates need none of its plugins (the menu
// stays open without JavaScript); the site's own scripts are in static/js/.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import * as sass from "sass";

const BUILD = "static/build";
const BI = "node_modules/bootstrap-italia";

function write(path, content) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

function copy(from, to) {
  mkdirSync(dirname(to), { recursive: true });
  cpSync(from, to);
}

// Same as `sass --load-path=node_modules --style=compressed --no-source-map --quiet-deps`.
function buildCss() {
  const result = sass.compile("static/scss/site.scss", {
    loadPaths: ["node_modules"],
    style: "compressed",
    sourceMap: false,
    quietDeps: true,
    // Bootstrap Italia 2 is written with @import and global functions.
    silenceDeprecations: ["import", "global-builtin"],
  });
  write(`${BUILD}/css/site.css`, result.css);
  copy(`${BI}/LICENSE`, `${BUILD}/css/bootstrap-italia-LICENSE.txt`);
  return Buffer.byteLength(result.css);
}

function buildFonts() {
  const source = `${BI}/dist/fonts/Titillium_Web`;
  const weights = { 400: "regular", 600: "600", 700: "700" };
  for (const [weight, name] of Object.entries(weights)) {
    copy(
      `${source}/titillium-web-v10-latin-ext_latin-${name}.woff2`,
      `${BUILD}/fonts/titillium-web-${weight}.woff2`,
    );
  }
  copy(`${source}/OFL.txt`, `${BUILD}/fonts/OFL.txt`);
  return Object.keys(weights).length;
}

function templateFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

function buildSprite() {
  const used = new Set();
  for (const file of templateFiles("templates")) {
    for (const match of readFileSync(file, "utf8").matchAll(/sprites\.svg[^#"]*#(it-[a-z0-9-]+)/g)) {
      used.add(match[1]);
    }
  }
  const sprite = readFileSync(`${BI}/dist/svg/sprites.svg`, "utf8");
  const symbols = [...used].sort().map((id) => {
    const symbol = sprite.match(new RegExp(`<symbol id="${id}"[^>]*>.*?</symbol>`, "s"));
    if (!symbol) throw new Error(`build-assets: no icon "${id}" in Bootstrap Italia's sprite`);
    return symbol[0];
  });
  write(`${BUILD}/svg/sprites.svg`, `<svg xmlns="http://www.w3.org/2000/svg">${symbols.join("")}</svg>\n`);
  return [...used].sort();
}

function copyVendor() {
  copy("node_modules/jquery-ui/dist/jquery-ui.min.js", `${BUILD}/vendor/jquery-ui/jquery-ui.min.js`);
  copy("node_modules/jquery-ui/LICENSE.txt", `${BUILD}/vendor/jquery-ui/LICENSE.txt`);
  // Leaflet for the help-desk map: loaded only when a visitor asks to see the map.
  for (const file of ["leaflet.js", "leaflet.css", "images/layers.png", "images/layers-2x.png",
    "images/marker-icon.png",
    "images/marker-icon-2x.png", "images/marker-shadow.png"]) {
    copy(`node_modules/leaflet/dist/${file}`, `${BUILD}/vendor/leaflet/${file}`);
  }
  // The source map is not shipped: drop the comment that names it (collectstatic's
  // hashed storage refuses a reference to a missing file).
  const leaflet = `${BUILD}/vendor/leaflet/leaflet.js`;
  write(leaflet, readFileSync(leaflet, "utf8").replace(/\n\/\/# sourceMappingURL=.*\n?$/, "\n"));
  copy("node_modules/leaflet/LICENSE", `${BUILD}/vendor/leaflet/LICENSE`);
}

const cssBytes = buildCss();
const fonts = buildFonts();
const icons = buildSprite();
copyVendor();
console.log(
  `build-assets: css/site.css (${Math.round(cssBytes / 1024)} KB), ${fonts} fonts, ` +
    `${icons.length} icons (${icons.join(", ")}), jQuery UI, Leaflet`,
);
