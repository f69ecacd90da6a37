from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.profile, name="profile"),
    path("my-data.json", views.export_data, name="export"),
    path("delete/", views.delete_account, name="delete"),
]
