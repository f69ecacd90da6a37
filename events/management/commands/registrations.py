"""Run the registration work that waits for a time (events/registration/jobs.py)."""

from django.core.management.base import BaseCommand

from events.registration import jobs


class Command(BaseCommand):
    help = "Lapse seat offers and unconfirmed registrations, send joining links, reminders and thank-yous, "
    help += "and delete registrants' details after their event. Run every few minutes."

    def handle(self, *args, **options):
        done = jobs.run()
        if options["verbosity"] > 0:
            self.stdout.write(", ".join(f"{name}: {count}" for name, count in done.items()))
