"""Words in a free text that say where a place is.

A confidential place (a shelter, the secret bed) must never be located by what its
public text says: not a street, a house number, a postal code, coordinates, a town or
the building that hosts it. ``location_words()`` finds such hints so that the models can
refuse the text when it is saved (``HelpDesk.clean()`` and its neighbours).

Matching is on whole words, ignores case and accents ("localita" is "località"), and
errs on the side of refusing: an editor can always say the same thing without the
word ("per e-mail" instead of "via e-mail"), a woman cannot undo a published address.
"""

import functools
import re
import unicodedata

# Words that name a street, a place outside a town or a building that hosts the place.
# Italian first (the words the brief of issue 14 lists), then the few English, French
# and Spanish words an editor writing a translation would use for the same thing; the
# other languages' words follow, by stem.
STREET_WORDS = [
    "via",
    "viale",
    "corso",
    "piazza",
    "piazzale",
    "largo",
    "vicolo",
    "strada",
    "località",
    "frazione",
    "borgata",
    "street",
    "avenue",
    "rue",
    "calle",
]
BUILDING_WORDS = [
    "ospedale",
    "presso",
    "civico",
    "reparto",
    "padiglione",
    "clinica",
    "casa di cura",
    "hospital",
    "hôpital",
]
# The hospitals of the province, by the names people use for them.
HOSPITAL_NAMES = ["Cardinal Massaia", "Massaia"]
# The site's other languages (issue 15): words for a street, a square or a hospital, by
# their stem, so that every form of the word counts ("rruga", "rrugën"; "вулиця",
# "вулицю"): Albanian, Romanian, Macedonian, Ukrainian, and Russian, which many Ukrainian
# speakers also write.
STREET_STEMS = [
    "rrug",
    "shesh",
    "bulevard",
    "străz",
    "piaț",
    "вулиц",
    "улиц",
    "проспект",
    "провул",
    "площ",
    "булевар",
    "плоштад",
]
BUILDING_STEMS = ["spital", "лікарн", "болниц", "болнич", "больниц", "госпітал", "госпитал"]
# Arabic joins some words to the word before ("بالمستشفى", "at the hospital"): these are
# looked for anywhere in a word.
ARABIC_WORDS = ["شارع", "زنقة", "ساحة", "مستشف", "مستوصف"]
# Asti as Cyrillic and Arabic write it (the comuni are found as Italian writes them, which
# the translations keep); in Arabic, also with a preposition joined to it ("بأستي").
CYRILLIC_NAMES = ["Асті", "Асти"]
ARABIC_NAMES = ["أستي"]
ARABIC_JOINED_PREPOSITIONS = "بولفك"
# Words that name a part of a town only when a name follows ("in regione Valmanera",
# "borgo Tanaro"): on their own they are ordinary words ("nella tua zona"). The region
# itself (Piemonte) says nothing of where a place is.
AREA_WORDS = ["regione", "borgo", "quartiere", "zona", "rione"]
# Street words as they are abbreviated in addresses: "C.so Alfieri 12", "P.zza Roma 3".
STREET_ABBREVIATIONS = r"c\.so|p\.?zza|p\.?za|v\.le|str\.|v\.lo"

# Comuni whose name is also an ordinary word (a first name, an adjective, a noun): in a
# normal text they are written in lower case ("capelli bruni", "un fontanile"), so they
# count only when written with a capital letter, as a place name is. "Viale" is a street
# word as well, and so always counts.
COMMON_WORD_COMUNI = {"Bruno", "Fontanile", "Settime", "Soglio"}

# How a comune is often shortened ("Nizza" for Nizza Monferrato, "San Damiano" for San
# Damiano d'Asti): the short form counts too, unless it is an ordinary word or name.
QUALIFIERS = re.compile(
    r"\s+(?:d'Asti|Monferrato|Terme|Torinese|Tanaro|Belbo|Calcea|Bormida|delle Lanze"
    r"|Don Bosco|Scarampi|Palafea|Serra|Gentile|Massaia)$"
)
COMMON_SHORT_FORMS = {"Cerro", "Grana", "Isola", "Monastero", "Olmo", "Pino", "Vaglio"}

# The capital of the province: looked for even where the comuni are not loaded.
ALWAYS_NAMED = ["Asti"]


def _folded(text):
    """The text without accents and with plain apostrophes, character for character.

    Each character stays one character, so a match's position is also its position in
    the original text (which the message quotes).
    """
    return "".join(
        "'" if char in "’‘`´" else unicodedata.normalize("NFKD", char)[0] for char in text
    )


def _alternatives(words):
    return "|".join(re.escape(_folded(word)) for word in dict.fromkeys(words))


# A street word with the street's name (capitalised words and the particles between
# them) and the house number after it, so that the message quotes "via Segreta 1", not
# just "via". The name's capital letters count even where the rest ignores case.
_NAME_WORD = r"(?-i:[A-Z][\w'.-]*|d[aei]|del|dell'|della|dei|degli|delle|di|de|d'[A-Z]\w*)"
_HOUSE_NUMBER = r"(?:\s*,?\s*(?:n\.\s*)?\d{1,4}(?:\s*/?\s*[a-z]\b)?)"


def _patterns():
    return [
        re.compile(
            rf"\b(?:{_alternatives(STREET_WORDS)})\b(?:\s+{_NAME_WORD}){{0,4}}{_HOUSE_NUMBER}?",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\w)(?:{STREET_ABBREVIATIONS})(?:\s+{_NAME_WORD}){{1,4}}{_HOUSE_NUMBER}?",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{_alternatives(BUILDING_WORDS)})\b", re.IGNORECASE),
        re.compile(rf"\b(?:{_alternatives(HOSPITAL_NAMES)})\b", re.IGNORECASE),
        re.compile(
            rf"\b(?:{_alternatives(AREA_WORDS)})\s+(?!Piemonte\b)(?-i:[A-Z])\w*",
            re.IGNORECASE,
        ),
        re.compile(rf"\b(?:{_alternatives(STREET_STEMS + BUILDING_STEMS)})\w*", re.IGNORECASE),
        re.compile(rf"(?:{_alternatives(ARABIC_WORDS)})\w*"),
        re.compile(rf"(?<!\w)(?:{_alternatives(CYRILLIC_NAMES)})(?!\w)", re.IGNORECASE),
        re.compile(
            rf"(?<!\w)[{ARABIC_JOINED_PREPOSITIONS}]?(?:{_alternatives(ARABIC_NAMES)})(?!\w)"
        ),
        re.compile(r"(?<!\w)loc\.", re.IGNORECASE),
        re.compile(r"\bc/o\b", re.IGNORECASE),
        # A postal code: five digits on their own, not a group of a phone number.
        re.compile(r"(?<![\d.,/-])(?<!\d )\b\d{5}\b(?![ .,/-]?\d)"),
        # Coordinates: a long decimal number ("44.899351") or degrees ("44°54'", "8° E").
        re.compile(r"\b\d{1,3}[.,]\d{4,}\b"),
        re.compile(r"\b\d{1,3}\s*°\s*(?:\d{1,2}\s*['′]|[NSEOW]\b)"),
    ]


# Two decimal numbers in a row ("44.9, 8.2", "44,9 8,2"): coordinates, unless both read
# as times of day ("9.30, 14.30"), which a text giving hours is full of.
_NUMBER_PAIR = re.compile(r"(?<![\d.,])-?(\d{1,3})[.,](\d+)\s*[,;/ ]\s*-?(\d{1,3})[.,](\d+)\b")


def _is_time(whole, fraction):
    return int(whole) <= 24 and len(fraction) == 2 and int(fraction) < 60


def _coordinate_pairs(folded):
    for match in _NUMBER_PAIR.finditer(folded):
        lat, lat_fraction, lon, lon_fraction = match.groups()
        if not (_is_time(lat, lat_fraction) and _is_time(lon, lon_fraction)):
            yield match.start(), match.end()


PATTERNS = _patterns()


def _name_pattern(name):
    words = [re.escape(part) for part in re.split(r"[\s-]+", _folded(name).strip()) if part]
    return r"[\s-]+".join(words).replace(r"'", r"'\s*")


@functools.lru_cache(maxsize=4)
def comune_patterns(names):
    """Compiled patterns for comune names (a tuple): (ignoring case, case-sensitive).
    Compiled once for a given list, not for each text checked."""
    any_case, capitalised = set(), set()
    for name in [*ALWAYS_NAMED, *names]:
        name = " ".join(name.split())
        (capitalised if name in COMMON_WORD_COMUNI else any_case).add(name)
        short = QUALIFIERS.sub("", name)
        if short != name and short not in COMMON_SHORT_FORMS:
            any_case.add(short)
    patterns = []
    for names_set, flags in ((any_case, re.IGNORECASE), (capitalised, 0)):
        if names_set:
            # Longest first, so that "Castagnole delle Lanze" is quoted whole.
            alternatives = "|".join(
                _name_pattern(name) for name in sorted(names_set, key=len, reverse=True)
            )
            patterns.append(re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", flags))
    return patterns


def location_words(text, comuni=()):
    """The pieces of ``text`` that say where a place is, in the order they appear.

    ``comuni`` are the names of the comuni of the province (the Municipality table);
    "Asti" is always looked for.
    """
    if not text:
        return []
    folded = _folded(text)
    found = list(_coordinate_pairs(folded))
    for pattern in [*PATTERNS, *comune_patterns(tuple(comuni))]:
        found.extend(match.span() for match in pattern.finditer(folded))
    # Keep the longest of overlapping matches ("via Asti 3" once, not also "Asti").
    found.sort(key=lambda span: (span[0], -span[1]))
    pieces, last_end = [], -1
    for start, end in found:
        if start >= last_end:
            pieces.append(text[start:end].strip(" ,"))
            last_end = end
    return pieces
