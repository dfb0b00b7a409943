"""TranslationReview moves here from the network app, keeping its table and its rows.

The table was created by network's migration 0006 and keeps its name
(``db_table = "network_translationreview"``): this migration only adds the model to this
app's state (network's 0007 removes it from network's), so no row is touched. The model's
content type is renamed too, so that permissions given on it still hold.
"""

import django.db.models.deletion
import django.utils.timezone
import editing.models
from django.conf import settings
from django.db import migrations, models


def move_content_type(apps, schema_editor, old="network", new="editing"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    types = ContentType.objects.using(db)
    if not types.filter(app_label=new, model="translationreview").exists():
        types.filter(app_label=old, model="translationreview").update(app_label=new)


def move_content_type_back(apps, schema_editor):
    move_content_type(apps, schema_editor, old="editing", new="network")


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        # The table exists from here on: an existing database keeps its checks.
        ('network', '0006_translationreview'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='TranslationReview',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('object_id', models.PositiveBigIntegerField(verbose_name='object id')),
                        ('language', models.CharField(choices=editing.models.reviewed_languages, max_length=7, verbose_name='language')),
                        ('reviewed_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='checked on')),
                        ('digest', models.CharField(help_text="SHA-256 of the object's texts in this language when they were checked.", max_length=64, verbose_name='digest of the checked text')),
                        ('content_type', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, to='contenttypes.contenttype', verbose_name='content type')),
                        ('reviewed_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='checked by')),
                    ],
                    options={
                        'verbose_name': 'translation review',
                        'verbose_name_plural': 'translation reviews',
                        'db_table': 'network_translationreview',
                        'constraints': [models.UniqueConstraint(fields=('content_type', 'object_id', 'language'), name='translationreview_one_per_object_and_language'), models.CheckConstraint(condition=models.Q(('language__in', ['en', 'sq', 'ro', 'ar', 'mk', 'uk', 'fr', 'es'])), name='translationreview_not_the_default_language')],
                    },
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_type, move_content_type_back, elidable=True),
    ]
