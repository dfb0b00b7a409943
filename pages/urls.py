from django.urls import path, register_converter

from . import views
from .feeds import ActsFeed


class YearConverter:
    """A year the database can hold (1-9999): `/atti/0/…` and `/atti/10000/…` are no
    address of the site (404), where an int made Python's date() fail with a 500."""

    regex = "[1-9][0-9]{0,3}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(YearConverter, "year")

app_name = "pages"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("servizio/", views.ServiceView.as_view(), name="service"),
    path("atti/", views.DeliberationListView.as_view(), name="acts"),
    path("atti/feed/", ActsFeed(), name="acts-feed"),
    path("atti/<year:year>/<slug:slug>/", views.DeliberationDetailView.as_view(), name="act"),
    path("atti/<year:year>/<slug:slug>/documento/", views.act_document, name="act_document"),
    path("contatti/", views.ContactListView.as_view(), name="contacts"),
    path("cerca/", views.SearchView.as_view(), name="search"),
    path("valutazione/", views.PageFeedbackView.as_view(), name="feedback"),
    # Editable pages (safe browsing, legal pages) live at the root; keep this last.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page"),
]
