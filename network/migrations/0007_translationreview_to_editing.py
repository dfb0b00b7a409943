"""TranslationReview now belongs to the editing app (editing's migration 0001).

Only network's state forgets it: the table ``network_translationreview`` and its rows
stay, and are the editing app's model from now on.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('network', '0006_translationreview'),
        ('editing', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='TranslationReview'),
            ],
            database_operations=[],
        ),
    ]
