"""Machine-read files of the stories app, outside the language prefix (see cms/urls.py)."""

from django.urls import path

from . import exports

app_name = "stories"

urlpatterns = [
    path("case-studies.csv", exports.case_studies_csv, name="case_studies_csv"),
    path("case-studies.json", exports.case_studies_json, name="case_studies_json"),
]
