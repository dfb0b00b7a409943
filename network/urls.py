from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("rete/", views.NetworkView.as_view(), name="network"),
    path("rete/membri/<slug:slug>/", views.MemberDetailView.as_view(), name="member"),
    path("rete/protocollo/", views.current_protocol, name="current-protocol"),
    path("rete/protocolli/<slug:slug>/", views.ProtocolDetailView.as_view(), name="protocol"),
    path("sportelli/", views.HelpDeskListView.as_view(), name="helpdesks"),
    path("sportelli/pagina/<int:pagina>/", views.HelpDeskListView.as_view(), name="helpdesks-page"),
    path("sportelli/comune/", views.find_municipality, name="finder"),
    path(
        "sportelli/comune/<str:istat_code>/",
        views.MunicipalityDetailView.as_view(),
        name="municipality",
    ),
    path("sportelli/<slug:slug>/", views.HelpDeskDetailView.as_view(), name="helpdesk"),
]
