// Builds the front-end files the site serves itself into static/build/ (ignored by git):
// - css/site.css: static/scss/site.scss, i.e. Bootstrap Italia trimmed to the components the
//   templates use plus the site's own rules, compressed, without a source map;
// - css/site-rtl.css: the same, mirrored by rtlcss for right-to-left pages (Arabic):
//   templates/base.html links it instead of site.css where the language is written right
//   to left;
// - fonts/: the Titillium Web weights that static/scss/_fonts.scss declares;
// - css/fonts-cyrillic.css, css/fonts-arabic.css and their fonts/: Noto Sans for the
//   scripts Titillium Web lacks, linked by base.html only on pages in a language written
//   in them (SCRIPT_FONTS below);
// - svg/sprites.svg: only the Bootstrap Italia icons the templates reference
//   (`sprites.svg#it-…`), found by reading the templates and the template tags;
// - vendor/jquery-ui/: modeltranslation's tabbed admin needs it and would otherwise load it
//   from a CDN;
// - vendor/leaflet/: the map of the help desks, loaded only when a visitor asks for it.
// No Bootstrap Italia JavaScript is used: the templates need none of its plugins (the menu
// stays open without JavaScript); the site's own scripts are in static/js/.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import rtlcss from "rtlcss";
import * as sass from "sass";
import subsetFont from "subset-font";

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
  // Left and right swapped (margins, paddings, positions, borders, radii, float, text-align);
  // logical properties (margin-inline-start…) already follow the direction and are kept.
  // `/*! rtl:… */` comments in static/scss are rtlcss's directives: it removes them from
  // site-rtl.css, and they are removed from site.css here.
  const css = result.css.replace(/\/\*!\s*rtl:[^*]*\*\//g, "");
  write(`${BUILD}/css/site.css`, css);
  write(`${BUILD}/css/site-rtl.css`, rtlcss.process(result.css));
  copy(`${BI}/LICENSE`, `${BUILD}/css/bootstrap-italia-LICENSE.txt`);
  return { css, bytes: Buffer.byteLength(css) };
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

// Fonts for the scripts Titillium Web has no letters for, from Fontsource's packages of the
// Noto fonts (SIL Open Font License, no reserved name: a subset keeps the name): the
// script's subset, declared with its unicode-range (the browser downloads a file only for
// text that needs it), woff2 only. Each script gets its own small stylesheet, which
// base.html links only on pages in a language written in it: every page names each language
// in itself (the language switcher), and those few words in the other scripts are left to
// the visitor's system fonts (the font-family stack ends with them), instead of every
// Italian page downloading fonts for them.
// - Cyrillic (Macedonian, Ukrainian): Fontsource's Cyrillic subset as it is (Russian,
//   Macedonian, Ukrainian…, 7 KB a weight), the three weights the site uses.
// - Arabic: Fontsource's Arabic subset (50 KB a weight) cut further, with HarfBuzz
//   (subset-font), to the Arabic block, U+0600–06FF (every letter of Arabic, and of Persian
//   and Urdu that some keyboards type for Arabic, with the joining and the vowel marks that
//   shaping needs; 21 KB a weight), and the joiners and direction marks. The letters of
//   the supplements and the presentation forms (rare in typed text) come from a system font.
//   Regular and bold only, for the first visit's 150 KB: semibold (600) text is shown in
//   bold, the nearest weight the browser finds.
const SCRIPT_FONTS = {
  cyrillic: {
    package: "@fontsource/noto-sans",
    family: "Noto Sans",
    file: (weight) => `noto-sans-cyrillic-${weight}-normal.woff2`,
    weights: [400, 600, 700],
  },
  arabic: {
    package: "@fontsource/noto-sans-arabic",
    family: "Noto Sans Arabic",
    file: (weight) => `noto-sans-arabic-arabic-${weight}-normal.woff2`,
    weights: [400, 700],
    subset: "U+0600-06FF,U+200C-200F",
    // Kept in the file though the CSS leaves them to Titillium Web: the pocket card's PDF
    // (pocketcard/) is laid out by Pango, which draws the space between two Arabic words
    // with the Arabic font.
    alsoKeep: " \u00A0",
  },
};

// The characters of a unicode-range ("U+0600-06FF,U+200C").
function rangeText(range) {
  return range
    .split(",")
    .flatMap((part) => {
      const [first, last = first] = part.trim().replace(/^U\+/i, "").split("-");
      const codes = [];
      for (let code = parseInt(first, 16); code <= parseInt(last, 16); code++) codes.push(code);
      return codes;
    })
    .map((code) => String.fromCodePoint(code))
    .join("");
}

async function buildScriptFonts(siteCss) {
  // Bootstrap Italia's stack ("Titillium Web", Geneva, Tahoma, sans-serif), read from the
  // built site.css, with the script's font after Titillium Web: Latin letters and digits
  // keep Titillium Web, the other script's letters get the Noto font.
  const stack = siteCss.match(/--bs-font-sans-serif:\s*([^;}]+)/)?.[1].trim();
  if (!stack || !stack.startsWith('"Titillium Web"')) {
    throw new Error("build-assets: no --bs-font-sans-serif starting with Titillium Web in site.css");
  }
  const built = [];
  for (const [script, font] of Object.entries(SCRIPT_FONTS)) {
    const pkg = `node_modules/${font.package}`;
    const range =
      font.subset ?? JSON.parse(readFileSync(`${pkg}/unicode.json`, "utf8"))[script];
    if (!range) throw new Error(`build-assets: no "${script}" subset in ${font.package}`);
    const slug = font.family.toLowerCase().replaceAll(" ", "-");
    const faces = [];
    for (const weight of font.weights) {
      const name = `${slug}-${script}-${weight}.woff2`;
      const source = `${pkg}/files/${font.file(weight)}`;
      if (font.subset) {
        const text = rangeText(font.subset) + (font.alsoKeep ?? "");
        const woff2 = await subsetFont(readFileSync(source), text, {
          targetFormat: "woff2",
        });
        write(`${BUILD}/fonts/${name}`, woff2);
      } else {
        copy(source, `${BUILD}/fonts/${name}`);
      }
      faces.push(
        `@font-face{font-family:"${font.family}";font-style:normal;font-weight:${weight};` +
          `font-display:swap;src:url("../fonts/${name}") format("woff2");unicode-range:${range}}`,
      );
    }
    const family = stack.replace('"Titillium Web"', `"Titillium Web","${font.family}"`);
    write(
      `${BUILD}/css/fonts-${script}.css`,
      `${faces.join("")}:root{--bs-font-sans-serif:${family}}\n`,
    );
    copy(`${pkg}/LICENSE`, `${BUILD}/fonts/${slug}-OFL.txt`);
    built.push(`css/fonts-${script}.css (${font.weights.join(", ")})`);
  }
  return built;
}

function templateFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

// Template tags that draw an icon in Python name it the same way ("…sprites.svg#it-…").
function templateTagFiles() {
  return readdirSync(".", { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith("."))
    .flatMap((entry) => {
      const folder = join(entry.name, "templatetags");
      try {
        return readdirSync(folder).filter((name) => name.endsWith(".py")).map((name) => join(folder, name));
      } catch {
        return [];
      }
    });
}

function buildSprite() {
  const used = new Set();
  for (const file of [...templateFiles("templates"), ...templateTagFiles()]) {
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

const css = buildCss();
const fonts = buildFonts();
const scriptFonts = await buildScriptFonts(css.css);
const icons = buildSprite();
copyVendor();
console.log(
  `build-assets: css/site.css and css/site-rtl.css (${Math.round(css.bytes / 1024)} KB), ` +
    `${fonts} fonts, ${scriptFonts.join(", ")}, ` +
    `${icons.length} icons (${icons.join(", ")}), jQuery UI, Leaflet`,
);
