from django.urls import path

from . import views
from .submissions import views as submission_views

app_name = "members"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("profile/", views.profile, name="profile"),
    path("my-data.json", views.export_data, name="export"),
    path("delete/", views.delete_account, name="delete"),
    path("submissions/", submission_views.submission_list, name="submissions"),
    path("submissions/new/", submission_views.submission_new, name="submission_new"),
    path("submissions/<int:pk>/", submission_views.submission_edit, name="submission_edit"),
    path("submissions/<int:pk>/preview/", submission_views.submission_preview, name="submission_preview"),
    path("images/<int:pk>/", submission_views.submission_image, name="submission_image"),
    path("images/renditions/<str:name>", submission_views.private_rendition, name="private_rendition"),
]
