"""Search documents stored and kept up to date by PostgreSQL itself.

Site search ranks results by full-text relevance. Computing each row's document (title,
summary, body… through the language's dictionary) at every search costs a fraction of a
millisecond per row, for every row, on every search: with a thousand pages a search took
a third of a second. On PostgreSQL each searched table now carries its document for each
language in a `search_<language>` column, which a trigger writes on every insert and
update (by the admin, a restore, the seed, a bulk update: whatever writes the row), from
the same columns search.py reads: the language's own, then Italian. SQLite has no
full-text search and no such columns; search.py matches substrings there.

The columns are not model fields: Django never reads them, so page views, the history
and backups are unchanged (a restored row gets its document from the trigger), and the
network tables stay the `network` app's, which knows nothing of search.
"""

from django.db import migrations


def _both(fields_it, fields_en):
    return {"it": ("italian", fields_it), "en": ("english", fields_en)}


# table: {language: (text search configuration, columns in search.py's order)}
DOCUMENTS = {
    "pages_page": _both(
        ["title_it", "summary_it", "body_it"],
        ["title_en", "title_it", "summary_en", "summary_it", "body_en", "body_it"],
    ),
    "network_helpdesk": _both(
        ["name_it", "description_it"],
        ["name_en", "name_it", "description_en", "description_it"],
    ),
    "network_organisation": _both(
        ["name_it", "role_it"],
        ["name_en", "name_it", "role_en", "role_it"],
    ),
    "network_protocol": _both(
        ["title_it", "summary_it", "body_it"],
        ["title_en", "title_it", "summary_en", "summary_it", "body_en", "body_it"],
    ),
    "pages_deliberation": _both(
        ["title_it", "summary_it", "number"],
        ["title_en", "title_it", "summary_en", "summary_it", "number"],
    ),
}


def _document(config, columns):
    text = " || ' ' || ".join(f"coalesce(NEW.{column}::text, '')" for column in columns)
    return f"to_tsvector('{config}'::regconfig, {text})"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for table, documents in DOCUMENTS.items():
            assignments = "\n".join(
                f"    NEW.search_{language} := {_document(config, columns)};"
                for language, (config, columns) in documents.items()
            )
            for language in documents:
                cursor.execute(f"ALTER TABLE {table} ADD COLUMN search_{language} tsvector")
            cursor.execute(
                f"""CREATE FUNCTION {table}_search_documents() RETURNS trigger AS $$
BEGIN
{assignments}
    RETURN NEW;
END
$$ LANGUAGE plpgsql"""
            )
            cursor.execute(
                f"""CREATE TRIGGER {table}_search_documents
    BEFORE INSERT OR UPDATE ON {table}
    FOR EACH ROW EXECUTE FUNCTION {table}_search_documents()"""
            )
            # Existing rows get their documents now.
            cursor.execute(f"UPDATE {table} SET id = id")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        for table, documents in DOCUMENTS.items():
            cursor.execute(f"DROP TRIGGER IF EXISTS {table}_search_documents ON {table}")
            cursor.execute(f"DROP FUNCTION IF EXISTS {table}_search_documents()")
            for language in documents:
                cursor.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS search_{language}")


class Migration(migrations.Migration):
    dependencies = [
        ("pages", "0004_safe_uploads"),
        ("network", "0003_safe_uploads"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
