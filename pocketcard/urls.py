from django.urls import path

from . import views

app_name = "pocketcard"

urlpatterns = [
    path("sportelli/comune/<str:istat_code>/scheda.pdf", views.card_pdf, name="card"),
]
