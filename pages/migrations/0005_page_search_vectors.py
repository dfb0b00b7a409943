"""Pages' search documents stored and kept up to date by PostgreSQL itself.

Site search ranks pages by full-text relevance. Computing each page's document (title,
summary and body through the language's dictionary) at every search costs a fraction of
a millisecond per page, for every page, on every search: with a thousand pages a search
took a third of a second. On PostgreSQL each page now carries its document for each
language in a `search_<language>` column, which a trigger writes on every insert and
update (by the admin, a restore, the seed, a bulk update: whatever writes the row), from
the same columns search.py reads: the language's own, then Italian. SQLite has no
full-text search and no such columns; search.py matches substrings there.

The columns are not model fields: Django never reads them, so page views, the history
and backups are unchanged (a restored page gets its document from the trigger).
"""

from django.db import migrations

# language: (PostgreSQL text search configuration, columns in search.py's order)
DOCUMENTS = {
    "it": ("italian", ["title_it", "summary_it", "body_it"]),
    "en": (
        "english",
        ["title_en", "title_it", "summary_en", "summary_it", "body_en", "body_it"],
    ),
}


def _document(config, columns):
    text = " || ' ' || ".join(f"coalesce(NEW.{column}, '')" for column in columns)
    return f"to_tsvector('{config}'::regconfig, {text})"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    assignments = "\n".join(
        f"    NEW.search_{language} := {_document(config, columns)};"
        for language, (config, columns) in DOCUMENTS.items()
    )
    statements = [
        *(
            f"ALTER TABLE pages_page ADD COLUMN search_{language} tsvector"
            for language in DOCUMENTS
        ),
        f"""CREATE FUNCTION pages_page_search_documents() RETURNS trigger AS $$
BEGIN
{assignments}
    RETURN NEW;
END
$$ LANGUAGE plpgsql""",
        """CREATE TRIGGER pages_page_search_documents
    BEFORE INSERT OR UPDATE ON pages_page
    FOR EACH ROW EXECUTE FUNCTION pages_page_search_documents()""",
        # Existing pages get their documents now.
        "UPDATE pages_page SET id = id",
    ]
    with schema_editor.connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER IF EXISTS pages_page_search_documents ON pages_page")
        cursor.execute("DROP FUNCTION IF EXISTS pages_page_search_documents()")
        for language in DOCUMENTS:
            cursor.execute(f"ALTER TABLE pages_page DROP COLUMN IF EXISTS search_{language}")


class Migration(migrations.Migration):
    dependencies = [("pages", "0004_safe_uploads")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
