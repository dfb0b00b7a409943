"""Search documents for the nine languages of the site (migration 0005 stored it and en).

Each searched table gets a `search_<language>` column for each new language, and its
trigger function is replaced by one that writes all nine documents, each with the
language's PostgreSQL text-search configuration where one exists (romanian, arabic,
french, spanish) and `simple` (no stemming, no stop words) for Albanian, Macedonian and
Ukrainian, which PostgreSQL has none for. Columns are read as search.py reads them: the
language's own, then Italian.
"""

from django.db import migrations

CONFIGS = {
    "it": "italian",
    "en": "english",
    "sq": "simple",
    "ro": "romanian",
    "ar": "arabic",
    "mk": "simple",
    "uk": "simple",
    "fr": "french",
    "es": "spanish",
}
NEW_LANGUAGES = ["sq", "ro", "ar", "mk", "uk", "fr", "es"]

# table: the fields search.py reads, in its order ("number" is not translated).
FIELDS = {
    "pages_page": ["title", "summary", "body"],
    "network_helpdesk": ["name", "description"],
    "network_organisation": ["name", "role"],
    "network_protocol": ["title", "summary", "body"],
    "pages_deliberation": ["title", "summary", "number"],
}
UNTRANSLATED = {"number"}


def _columns(fields, language):
    columns = []
    for field in fields:
        if field in UNTRANSLATED:
            columns.append(field)
        else:
            columns.append(f"{field}_{language}")
            if language != "it":
                columns.append(f"{field}_it")
    return columns


def _document(config, columns):
    text = " || ' ' || ".join(f"coalesce(NEW.{column}::text, '')" for column in columns)
    return f"to_tsvector('{config}'::regconfig, {text})"


def _replace_function(cursor, table, languages):
    assignments = "\n".join(
        f"    NEW.search_{language} := {_document(CONFIGS[language], _columns(FIELDS[table], language))};"
        for language in languages
    )
    cursor.execute(
        f"""CREATE OR REPLACE FUNCTION {table}_search_documents() RETURNS trigger AS $$
BEGIN
{assignments}
    RETURN NEW;
END
$$ LANGUAGE plpgsql"""
    )


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for table in FIELDS:
            for language in NEW_LANGUAGES:
                cursor.execute(f"ALTER TABLE {table} ADD COLUMN search_{language} tsvector")
            _replace_function(cursor, table, list(CONFIGS))
            # Existing rows get their new documents now.
            cursor.execute(f"UPDATE {table} SET id = id")


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for table in FIELDS:
            _replace_function(cursor, table, ["it", "en"])
            for language in NEW_LANGUAGES:
                cursor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_{language}")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0008_nine_languages"),
        ("network", "0005_nine_languages"),
    ]

    operations = [migrations.RunPython(forwards, backwards, elidable=False)]
