from urllib.parse import urlsplit

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.utils.csp import CSP
from django.utils.decorators import method_decorator
from django.views.decorators.csp import csp_override
from django.views.generic import DetailView, ListView, TemplateView

from editing.fallback import content_languages
from editing.views import DraftPreviewMixin

from .models import HelpDesk, Municipality, Organisation, Protocol


def _published_desks():
    """Published desks, with what their cards show."""
    return HelpDesk.objects.published().for_cards()


class NetworkView(TemplateView):
    template_name = "network/network.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        protocol = Protocol.objects.published().prefetch_related("objectives").first()
        context["protocol"] = protocol
        # The objectives come from the first protocol; a later one may be in force.
        context["later"] = protocol.later_version() if protocol else None
        context["current"] = Protocol.objects.current() if context["later"] else None
        context["member_groups"] = Organisation.group_by_kind(
            Organisation.objects.network_members()
        )
        context["content_languages"] = content_languages(
            ([protocol] if protocol else [], ("title", "summary", "legal_basis")),
            (protocol.objectives.all() if protocol else [], ("text",)),
            ([member for _kind, group in context["member_groups"] for member in group], ("name",)),
        )
        return context


class MemberDetailView(DraftPreviewMixin, DetailView):
    template_name = "network/organisation_detail.html"
    context_object_name = "organisation"

    def get_queryset(self):
        return self.get_preview_queryset(Organisation.objects.all()).prefetch_related(
            Prefetch("help_desks", queryset=_published_desks(), to_attr="published_desks"),
            Prefetch("protocols", queryset=Protocol.objects.published()),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["content_languages"] = content_languages(([self.object], ("name", "role")))
        return context


def current_protocol(request):
    protocol = Protocol.objects.current()
    if protocol is None:
        raise Http404
    return redirect(protocol)


class ProtocolDetailView(DraftPreviewMixin, DetailView):
    template_name = "network/protocol_detail.html"
    context_object_name = "protocol"

    def get_queryset(self):
        # The adherents are read only if the part that lists them is rendered: the object
        # kept in memory stays small (a protocol may have hundreds of adherents).
        return self.get_preview_queryset(Protocol.objects.all()).prefetch_related("objectives")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["content_languages"] = content_languages(
            ([self.object], ("title", "summary", "legal_basis", "body")),
            (self.object.objectives.all(), ("text",)),
        )
        context["later"] = self.object.later_version()
        context["earlier"] = self.object.earlier_version()
        context["current"] = Protocol.objects.current()
        context["adherent_groups"] = Organisation.group_by_kind(
            # What a link shows: a network of hundreds of bodies costs no more than that.
            Organisation.objects.published()
            .filter(protocols=self.object)
            .only("slug", "name", "kind")
        )
        return context


def _map_tile_origin():
    parts = urlsplit(settings.MAP_TILE_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


def _with_map_tiles(policy):
    """The site's policy, plus images from the map's tile server (asked for by the visitor)."""
    origin = _map_tile_origin()
    if origin is None:
        return policy
    return {**policy, "img-src": [*policy.get("img-src", [CSP.SELF]), origin]}


# Cards on a page of the desk list: a network of a hundred desks is several pages, each
# rendered in the time of a few cards (issue 16), at addresses nginx keeps. Twelve fill
# four rows of three on a computer; on a phone, more would bury the map and the pages.
DESKS_PER_PAGE = 12


@method_decorator(csp_override(_with_map_tiles(settings.SECURE_CSP)), name="dispatch")
class HelpDeskListView(ListView):
    template_name = "network/helpdesk_list.html"
    context_object_name = "help_desks"

    def get(self, request, *args, **kwargs):
        if kwargs.get("pagina") == 1:
            return redirect("network:helpdesks", permanent=True)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        return _published_desks()

    def get_context_data(self, **kwargs):
        paginator = Paginator(self.object_list, DESKS_PER_PAGE)
        try:
            page = paginator.page(self.kwargs.get("pagina", 1))
        except InvalidPage as error:
            raise Http404 from error
        context = super().get_context_data(object_list=page.object_list, **kwargs)
        context.update(
            page_obj=page,
            paginator=paginator,
            is_paginated=paginator.num_pages > 1,
            page_range=paginator.get_elided_page_range(page.number),
        )
        context["municipalities"] = Municipality.objects.finder_choices()
        # The desks that answer around the clock, with those channels, shown first on
        # every page of the list, and the centres among them (who answers a closed desk).
        answering = HelpDesk.objects.published().answering_around_the_clock()
        context["around_the_clock"] = [
            (desk, channels)
            for desk in answering
            if (channels := [c for c in desk.public_channels() if c.available_24h])
        ]
        context["round_the_clock_centres"] = [
            desk
            for desk, _channels in context["around_the_clock"]
            if desk.is_round_the_clock_centre()
        ]
        if _map_tile_origin():
            # Every public place with coordinates, whatever the page.
            places = (
                HelpDesk.objects.published()
                .filter(is_confidential=False, latitude__isnull=False, longitude__isnull=False)
                .only(*HelpDesk.MAP_POINT_FIELDS)
            )
            context["map_points"] = [point for desk in places if (point := desk.map_point())]
            context["map_tiles"] = {
                "url": settings.MAP_TILE_URL,
                "attribution": settings.MAP_TILE_ATTRIBUTION,
                "attribution_url": settings.MAP_TILE_ATTRIBUTION_URL,
                "host": urlsplit(settings.MAP_TILE_URL).hostname,
            }
        return context


class HelpDeskDetailView(DraftPreviewMixin, DetailView):
    template_name = "network/helpdesk_detail.html"
    context_object_name = "help_desk"

    def get_queryset(self):
        return self.get_preview_queryset(HelpDesk.objects.with_details())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # A desk staff added in Italian only: said at the top, in her language.
        context["content_languages"] = content_languages(([self.object], ("name", "description")))
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


# Cards for the desks of her comune's body; a body with more desks lists the others by
# name and number under them, so that the page stays short to read and quick to render
# (issue 16).
LOCAL_CARDS = 6


class MunicipalityDetailView(DetailView):
    template_name = "network/municipality_detail.html"
    context_object_name = "municipality"
    slug_field = "istat_code"
    slug_url_kwarg = "istat_code"

    def get_queryset(self):
        return Municipality.objects.with_serving_body()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        if self.object.managing_body_id:
            local, province, centres = self.object.help_nearby()
            context["local_desks"], context["more_local_desks"] = (
                local[:LOCAL_CARDS],
                local[LOCAL_CARDS:],
            )
            context["province_desks"] = province
            context["round_the_clock_centres"] = centres
        else:
            # No source maps this comune to a body: every body she may turn to.
            context["social_services"] = list(Organisation.objects.social_services())
        return context
