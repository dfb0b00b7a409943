"""The "Redattori" (editors) group: exactly the permissions to edit the site's content.

No users, groups or site settings: administrators are superusers.
"""

from django.db import migrations

EDITOR_GROUP = "Redattori"

# (app label, model, actions)
CONTENT_PERMISSIONS = [
    ("network", "organisation", ("add", "change", "delete", "view")),
    ("network", "protocol", ("add", "change", "delete", "view")),
    ("network", "protocolobjective", ("add", "change", "delete", "view")),
    ("network", "supportservice", ("add", "change", "delete", "view")),
    ("network", "language", ("add", "change", "delete", "view")),
    ("network", "helpdesk", ("add", "change", "delete", "view")),
    ("network", "contactchannel", ("add", "change", "delete", "view")),
    ("network", "openinghours", ("add", "change", "delete", "view")),
    ("network", "hoursexception", ("add", "change", "delete", "view")),
    ("network", "municipality", ("change", "view")),
    ("pages", "page", ("add", "change", "delete", "view")),
    ("pages", "deliberation", ("add", "change", "delete", "view")),
    ("pages", "contactpoint", ("add", "change", "delete", "view")),
    ("pages", "pagefeedback", ("delete", "view")),
]


def create_editor_group(apps, schema_editor):
    # Permissions are normally created after all migrations; make sure they exist now.
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITOR_GROUP)
    codenames = [
        (app_label, f"{action}_{model}")
        for app_label, model, actions in CONTENT_PERMISSIONS
        for action in actions
    ]
    permissions = [
        Permission.objects.get(content_type__app_label=app_label, codename=codename)
        for app_label, codename in codenames
    ]
    group.permissions.set(permissions)


def remove_editor_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITOR_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("network", "0002_hours_exception_uniqueness"),
        ("pages", "0002_page_feedback"),
    ]

    operations = [migrations.RunPython(create_editor_group, remove_editor_group)]
