from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Events"

    def ready(self):
        from . import signals

        signals.connect()

        from .registration import changes

        changes.connect()
