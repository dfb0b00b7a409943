from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.views.generic import DetailView, ListView, TemplateView

from .models import HelpDesk, Municipality, Organisation, Protocol


def _published_desks():
    return HelpDesk.objects.published().with_details()


class NetworkView(TemplateView):
    template_name = "network/network.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        protocol = Protocol.objects.published().prefetch_related("objectives").first()
        context["protocol"] = protocol
        context["member_groups"] = Organisation.group_by_kind(
            Organisation.objects.network_members()
        )
        return context


class MemberDetailView(DetailView):
    template_name = "network/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return Organisation.objects.published().prefetch_related(
            Prefetch("help_desks", queryset=_published_desks(), to_attr="published_desks"),
            Prefetch("protocols", queryset=Protocol.objects.published()),
        )


def current_protocol(request):
    protocol = Protocol.objects.published().first()
    if protocol is None:
        raise Http404
    return redirect(protocol)


class ProtocolDetailView(DetailView):
    template_name = "network/protocol_detail.html"
    context_object_name = "protocol"

    def get_queryset(self):
        return Protocol.objects.published().prefetch_related(
            "objectives",
            Prefetch("adherents", queryset=Organisation.objects.published()),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["adherent_groups"] = Organisation.group_by_kind(self.object.adherents.all())
        return context


class HelpDeskListView(ListView):
    template_name = "network/helpdesk_list.html"
    context_object_name = "help_desks"

    def get_queryset(self):
        return _published_desks()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["municipalities"] = Municipality.objects.only("istat_code", "name")
        return context


class HelpDeskDetailView(DetailView):
    template_name = "network/helpdesk_detail.html"
    context_object_name = "help_desk"

    def get_queryset(self):
        return _published_desks()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["structured"] = self.object.structured_data(
            self.request.build_absolute_uri(self.object.get_absolute_url())
        )
        return context


def find_municipality(request):
    """The finder as a plain form: ?comune=<ISTAT code> goes to that comune's page."""
    code = request.GET.get("comune", "").strip()
    if code and Municipality.objects.filter(istat_code=code).exists():
        return redirect("network:municipality", istat_code=code)
    return redirect("network:helpdesks")


class MunicipalityDetailView(DetailView):
    template_name = "network/municipality_detail.html"
    context_object_name = "municipality"
    slug_field = "istat_code"
    slug_url_kwarg = "istat_code"

    def get_queryset(self):
        return Municipality.objects.with_serving_body()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["local_desks"], context["province_desks"] = self.object.serving_desks()
        return context
