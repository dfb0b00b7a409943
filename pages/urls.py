from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("servizio/", views.ServiceView.as_view(), name="service"),
    path("atti/", views.DeliberationListView.as_view(), name="acts"),
    path("atti/<int:year>/<slug:slug>/", views.DeliberationDetailView.as_view(), name="act"),
    path("atti/<int:year>/<slug:slug>/documento/", views.act_document, name="act_document"),
    path("contatti/", views.ContactListView.as_view(), name="contacts"),
    path("cerca/", views.SearchView.as_view(), name="search"),
    path("valutazione/", views.PageFeedbackView.as_view(), name="feedback"),
    # Editable pages (safe browsing, legal pages) live at the root; keep this last.
    path("<slug:slug>/", views.PageDetailView.as_view(), name="page"),
]
