"""Small helpers shared by the tests."""

import ast
from html.parser import HTMLParser


class TagCounter(HTMLParser):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
        self.count = 0
        self.attrs = []

    def handle_starttag(self, tag, attrs):
        if tag == self.tag:
            self.count += 1
            self.attrs.append(dict(attrs))


def count_tags(html, tag):
    parser = TagCounter(tag)
    parser.feed(html)
    return parser.count


def tag_attrs(html, tag):
    parser = TagCounter(tag)
    parser.feed(html)
    return parser.attrs


class TextExtractor(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts = []

    def handle_data(self, data):
        self.parts.append(data)


def visible_text(html):
    """The page's text with whitespace folded, as a reader would see it."""
    parser = TextExtractor()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def po_msgids(path):
    """The msgids of a .po/.pot file (plural ids included), obsolete entries left out."""

    ids, current, key = set(), {}, None
    for raw in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        line = raw.strip()
        if line.startswith("#~"):
            continue
        if not line:
            if current.get("msgid"):
                ids.add((current.get("msgctxt", ""), current["msgid"]))
            current, key = {}, None
            continue
        if line.startswith("#"):
            continue
        for keyword in ("msgctxt", "msgid_plural", "msgid"):
            if line.startswith(keyword + " "):
                key = keyword
                current[key] = ast.literal_eval(line[len(keyword) + 1 :])
                break
        else:
            if line.startswith('"') and key:
                current[key] += ast.literal_eval(line)
            elif line.startswith("msgstr"):
                key = None
    return ids
