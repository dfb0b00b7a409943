import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.text import slugify
from django.utils.translation import get_language, gettext
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import DetailView, FormView, ListView, TemplateView

from editing.fallback import content_languages
from editing.uploads import stored_size
from editing.views import DraftPreviewMixin, previewer
from network.models import HelpDesk, Municipality, Organisation
from staff.throttling import client_ip

from .forms import PageFeedbackForm
from .models import ContactPoint, Deliberation, Page
from .search import MAX_QUERY_LENGTH, search


class HomeView(TemplateView):
    template_name = "pages/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        service_page = Page.objects.published().filter(slug="servizio").first()
        context["service_page"] = service_page
        # A link per desk: its name and kind, not its texts in nine languages.
        context["help_desks"] = HelpDesk.objects.published().only("slug", "name", "kind")
        context["municipalities"] = Municipality.objects.finder_choices()
        # Counted on the bodies' ids, not on every column of their rows.
        context["member_count"] = (
            Organisation.objects.network_members().order_by().values("pk").count()
        )
        context["structured"] = {
            "@context": "https://schema.org",
            "@type": "GovernmentService",
            "name": service_page.title if service_page else "",
            # The page's own address, never the path or query string it was reached with.
            "url": self.request.build_absolute_uri(reverse("pages:home")),
            "serviceType": gettext("Equal opportunities and support against gender violence"),
            "areaServed": {"@type": "AdministrativeArea", "name": "Provincia di Asti"},
            "provider": {"@type": "GovernmentOrganization", "name": "Provincia di Asti"},
        }
        return context


class PageDetailView(DraftPreviewMixin, DetailView):
    template_name = "pages/page_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return self.get_preview_queryset(Page.objects.all())

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The languages to name when the page is shown in Italian (editing/fallback.py):
        # the legal pages and the service's description are in Italian and English only.
        context["content_languages"] = content_languages(
            ([self.object], ("title", "summary", "body"))
        )
        return context


class ServiceView(PageDetailView):
    """The service description, kept at its own address."""

    template_name = "pages/service.html"

    def get_object(self, queryset=None):
        return get_object_or_404(self.get_queryset(), slug="servizio")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["partner_contacts"] = ContactPoint.objects.published().filter(
            kind=ContactPoint.Kind.PARTNER
        )
        return context


class DeliberationListView(ListView):
    template_name = "pages/deliberation_list.html"
    context_object_name = "acts"

    def get_queryset(self):
        return Deliberation.objects.published().with_relations()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["content_languages"] = content_languages((context["acts"], ("title", "summary")))
        return context


class DeliberationDetailView(DraftPreviewMixin, DetailView):
    template_name = "pages/deliberation_detail.html"
    context_object_name = "act"

    def get_object(self, queryset=None):
        return get_object_or_404(
            self.get_preview_queryset(Deliberation.objects.with_relations()),
            date__year=self.kwargs["year"],
            slug=self.kwargs["slug"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["content_languages"] = content_languages(([self.object], ("title", "summary")))
        # None when there is no document or its file is missing: the page then says so.
        context["document_size"] = stored_size(self.object.document)
        return context


# Long titles are cut at a word boundary to keep the downloaded file's name readable.
DOCUMENT_NAME_LENGTH = 80


def act_document(request, year, slug):
    """An act's PDF, as a download named after the act's title; 404 for drafts (except to
    staff previewing them)."""
    stored_name, download_name = _act_download(previewer(request), year, slug)
    storage = Deliberation._meta.get_field("document").storage
    try:
        handle = storage.open(stored_name, "rb")
    except OSError as error:
        raise Http404("The act's document is missing.") from error
    response = FileResponse(
        handle, as_attachment=True, filename=download_name, content_type="application/pdf"
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _act_download(viewer, year, slug):
    act = get_object_or_404(Deliberation.objects.visible_to(viewer), date__year=year, slug=slug)
    if not act.document:
        raise Http404("This act has no document.")
    name = slugify(act.title)
    if len(name) > DOCUMENT_NAME_LENGTH:
        name = name[: DOCUMENT_NAME_LENGTH + 1].rsplit("-", 1)[0]
    return act.document.name, f"{name or act.slug}.pdf"


class ContactListView(ListView):
    template_name = "pages/contactpoint_list.html"
    context_object_name = "contact_points"

    def get_queryset(self):
        return ContactPoint.objects.published().select_related("organisation")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        groups = {kind: [] for kind in ContactPoint.Kind}
        for contact in context["contact_points"]:
            # setdefault: a kind no longer offered still shows, after the known ones.
            groups.setdefault(contact.kind, []).append(contact)
        context["groups"] = [
            (items[0].get_kind_display(), items) for items in groups.values() if items
        ]
        context["content_languages"] = content_languages(
            (context["contact_points"], ("name", "unit", "description", "hours"))
        )
        return context


class SearchView(TemplateView):
    template_name = "pages/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        raw = self.request.GET.get("q", "")
        language = get_language()
        query, hits, more = search(raw, language)
        context.update(raw_query=raw[:MAX_QUERY_LENGTH], query=query, hits=hits, more=more)
        return context


# Abuse limits for the anonymous rating form, per hour, counted in the shared cache (Redis
# in production) so that they hold across every app server:
# - per visitor: a few ratings of a page, and a few more in all. The visitor is told apart
#   by a keyed digest of her address and the hour, kept in the cache for that hour only and
#   never stored with a rating, written to a log or shown: the address itself is kept
#   nowhere. One person can no longer use up the page's limit for everybody.
# - per page and site-wide: a bound on what many addresses together can add.
# A rating past a limit is thanked like any other and dropped: nobody is shown an error
# for rating a page.
FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE = 3
FEEDBACK_LIMIT_PER_VISITOR = 20
FEEDBACK_LIMIT_PER_PAGE = 200
FEEDBACK_LIMIT_TOTAL = 1000


def _visitor(request):
    """Who rates, as the limits count her: her address, or for IPv6 its /64 network (one
    home or phone line has a whole /64 and could otherwise be a million visitors)."""
    address = client_ip(request) or ""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def _visitor_digest(request, hour):
    key = f"{settings.SECRET_KEY}:feedback-visitor:{hour}".encode()
    return hmac.new(key, _visitor(request).encode(), hashlib.blake2b).hexdigest()[:32]


def _within_feedback_limits(request, path):
    now = timezone.now()
    hour = now.strftime("%Y%m%d%H")
    # Kept until the end of this hour, not an hour from the first rating.
    seconds_left = 3600 - (now.minute * 60 + now.second)
    visitor = _visitor_digest(request, hour)
    page = hashlib.blake2b(path.encode(), digest_size=16).hexdigest()
    keys = [
        (f"feedback:{hour}:visitor:{visitor}:page:{page}", FEEDBACK_LIMIT_PER_VISITOR_AND_PAGE),
        (f"feedback:{hour}:visitor:{visitor}", FEEDBACK_LIMIT_PER_VISITOR),
        (f"feedback:{hour}:page:{page}", FEEDBACK_LIMIT_PER_PAGE),
        (f"feedback:{hour}:all", FEEDBACK_LIMIT_TOTAL),
    ]
    for key, limit in keys:
        try:
            cache.add(key, 0, timeout=seconds_left)
            count = cache.incr(key)
        except ValueError:
            # The key expired between add() and incr(): this is the hour's first rating.
            count = 1
        # None: the shared cache is unreachable. A rating is then accepted rather than lost.
        if count is not None and count > limit:
            # A visitor past her own limit counts no further towards the page's and the
            # site's: she cannot use them up for everybody.
            return False
    return True


# The visitor has no CSRF cookie (visitors get no cookie at all); the form changes nothing
# but adds an anonymous rating, and the limits above bound what a forged post could do.
@method_decorator(csrf_exempt, name="dispatch")
class PageFeedbackView(FormView):
    form_class = PageFeedbackForm
    template_name = "pages/pagefeedback_form.html"
    http_method_names = ["post"]

    def form_valid(self, form):
        path = form.cleaned_data["path"]
        if not form.is_spam() and _within_feedback_limits(self.request, path):
            feedback = form.save(commit=False)
            feedback.language = get_language()
            feedback.save()
        return redirect(f"{path}?valutazione=grazie#valutazione")

    def form_invalid(self, form):
        # A rating for an address that is not a rated page cannot be corrected: 400.
        status = 400 if "path" in form.errors else 200
        return self.render_to_response(self.get_context_data(form=form), status=status)
