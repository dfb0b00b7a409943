"""Stored search documents for the other kinds of content site search ranks.

As migration 0005 did for pages: on PostgreSQL, help desks, network bodies, protocols and
acts carry a `search_<language>` column per language, written by a trigger on every
insert and update from the columns search.py reads. The network tables belong to the
`network` app, which knows nothing of search: the columns are not model fields, so its
models, admin, history and backups are unchanged. SQLite has none of this.
"""

from django.db import migrations


def _both(fields_it, fields_en):
    return {"it": ("italian", fields_it), "en": ("english", fields_en)}


# table: {language: (configuration, columns in search.py's order)}
DOCUMENTS = {
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
        ("pages", "0005_page_search_vectors"),
        ("network", "0003_safe_uploads"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
