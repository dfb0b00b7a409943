// The site's extension to the rich-text editor (django-prose-editor, "NoInlineStyle" in
// pages/fields.py). Tiptap adds its base styles as an inline <style> element, which the
// site's Content-Security-Policy (style-src 'self') refuses; this turns that off before the
// editor is built and links the same rules from rich-text-editor.css instead.
import { Extension } from "django-prose-editor/editor"

const STYLESHEET = new URL("./rich-text-editor.css", import.meta.url).href

export const NoInlineStyle = Extension.create({
  name: "noInlineStyle",

  onBeforeCreate() {
    this.editor.options.injectCSS = false
    if (!document.querySelector(`link[href="${STYLESHEET}"]`)) {
      const link = document.createElement("link")
      link.rel = "stylesheet"
      link.href = STYLESHEET
      document.head.append(link)
    }
  },
})
