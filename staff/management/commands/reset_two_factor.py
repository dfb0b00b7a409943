from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django_otp import devices_for_user


class Command(BaseCommand):
    help = (
        "Remove the two-step verification of a user who lost their phone. An administrator "
        "is then asked to set it up again at the next sign-in; other staff may."
    )

    def add_arguments(self, parser):
        parser.add_argument("username", help="the username of the account")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get_by_natural_key(username)
        except User.DoesNotExist:
            raise CommandError(f"There is no user called {username!r}.") from None
        removed = 0
        for device in list(devices_for_user(user, confirmed=None)):
            device.delete()
            removed += 1
        if removed:
            self.stdout.write(f"Two-step verification removed for {username!r}.")
        else:
            self.stdout.write(f"{username!r} had no two-step verification: nothing to do.")
