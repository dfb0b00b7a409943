"""A change to a desk's hours spans days: ``date`` becomes ``starts_on`` and ``ends_on``.

Existing rows last one day. Saved versions in the history (django-reversion) are
rewritten the same way, so that an editor can still restore a version from before.
Overlaps are checked by the admin's form now: a unique constraint cannot see them.
"""

import json

from django.db import migrations, models


def _rewrite_versions(apps, rewrite):
    try:
        Version = apps.get_model("reversion", "Version")
    except LookupError:
        return
    ContentType = apps.get_model("contenttypes", "ContentType")
    content_type = ContentType.objects.filter(app_label="network", model="hoursexception").first()
    if content_type is None:
        return
    for version in Version.objects.filter(content_type=content_type, format="json"):
        data = json.loads(version.serialized_data)
        for item in data:
            rewrite(item["fields"])
        version.serialized_data = json.dumps(data)
        version.save(update_fields=["serialized_data"])


def to_ranges(apps, schema_editor):
    HoursException = apps.get_model("network", "HoursException")
    HoursException.objects.update(ends_on=models.F("starts_on"))

    def rewrite(fields):
        if "date" in fields:
            fields["starts_on"] = fields["ends_on"] = fields.pop("date")

    _rewrite_versions(apps, rewrite)


def to_days(apps, schema_editor):
    def rewrite(fields):
        if "starts_on" in fields:
            fields["date"] = fields.pop("starts_on")
            fields.pop("ends_on", None)

    _rewrite_versions(apps, rewrite)


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0007_translationreview_to_editing'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('reversion', '0002_add_index_on_version_for_content_type_and_db'),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name='hoursexception',
            name='hoursexception_one_closure_per_day',
        ),
        migrations.RemoveConstraint(
            model_name='hoursexception',
            name='hoursexception_unique_slot',
        ),
        migrations.RenameField(
            model_name='hoursexception',
            old_name='date',
            new_name='starts_on',
        ),
        migrations.AlterField(
            model_name='hoursexception',
            name='starts_on',
            field=models.DateField(verbose_name='first day'),
        ),
        migrations.AddField(
            model_name='hoursexception',
            name='ends_on',
            field=models.DateField(null=True, verbose_name='last day (included)'),
        ),
        migrations.RunPython(to_ranges, to_days),
        migrations.AlterField(
            model_name='hoursexception',
            name='ends_on',
            field=models.DateField(blank=True, help_text='Leave it empty if the change lasts one day.', verbose_name='last day (included)'),
        ),
        migrations.AlterModelOptions(
            name='hoursexception',
            options={'ordering': ['starts_on', 'opens'], 'verbose_name': 'exception to the hours', 'verbose_name_plural': 'exceptions to the hours'},
        ),
        migrations.AddConstraint(
            model_name='hoursexception',
            constraint=models.CheckConstraint(condition=models.Q(('ends_on__gte', models.F('starts_on'))), name='hoursexception_ends_after_it_starts', violation_error_message='The last day cannot come before the first day.'),
        ),
    ]
