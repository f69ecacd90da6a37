"""The registration URLs of an event page (``RoutablePageMixin`` finds routes on mixins too)."""

from wagtail.contrib.routable_page.models import path


class RegistrationRoutes:
    @path("register/")
    def register_view(self, request):
        from events.registration.views import register

        return register(request, self)

    @path("register/sent/")
    def registered_view(self, request):
        from events.registration.views import registered

        return registered(request, self)

    @path("registration/<str:token>/")
    def registration_view(self, request, token):
        from events.registration.views import personal

        return personal(request, self, token)

    @path("registration/<str:token>/<slug:action>/")
    def registration_action_view(self, request, token, action):
        from events.registration.views import personal

        return personal(request, self, token, action)
