"""Ask nginx for every page of the sitemap, in every language and compression, so that
nginx holds the whole public site (and can serve it while no app server or database
answers). Run after each deploy or restart (docs/deploy.md); `make serve` runs it."""

import concurrent.futures
import urllib.error
import urllib.request
from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.core.management.base import BaseCommand, CommandError

SITEMAP_NAMESPACE = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
# Each is a page of its own in nginx's cache (deploy/nginx/: the key holds the encoding).
ENCODINGS = ("br", "gzip", "identity")


def _get(url, encoding, timeout):
    request = urllib.request.Request(
        url, headers={"Accept-Encoding": encoding, "User-Agent": "pariopportunita-warm-cache"}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as error:
        return error.code, b""
    except OSError as error:
        return repr(error), b""


class Command(BaseCommand):
    help = "Request every page of the sitemap through nginx, so that it holds them all."

    def add_arguments(self, parser):
        parser.add_argument(
            "--base-url",
            required=True,
            help="the site as visitors reach it, e.g. https://pariopportunita.provincia.asti.it",
        )
        parser.add_argument(
            "--encoding",
            action="append",
            choices=ENCODINGS,
            help="only this compression (repeat for more; default: all three)",
        )
        parser.add_argument("--workers", type=int, default=4)
        parser.add_argument("--timeout", type=float, default=30)

    def handle(self, *args, base_url, encoding, workers, timeout, **options):
        encodings = encoding or ENCODINGS
        base = base_url.rstrip("/")
        if urlsplit(base).scheme not in ("http", "https"):
            raise CommandError("--base-url must start with http:// or https://")
        status, body = _get(f"{base}/sitemap.xml", "identity", timeout)
        if status != 200:
            raise CommandError(f"{base}/sitemap.xml answered {status}")
        # The sitemap names pages at the host it was asked at: the same as base_url.
        locations = sorted(
            {
                element.text.strip()
                for element in ElementTree.fromstring(body).iter(f"{SITEMAP_NAMESPACE}loc")
                if element.text
            }
        )
        requests = [(url, name) for url in locations for name in encodings]
        failed = []
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
            answers = pool.map(lambda item: (item, _get(*item, timeout)[0]), requests)
            for (url, encoding), answer in answers:
                if answer != 200:
                    failed.append(f"{url} ({encoding}): {answer}")
        self.stdout.write(
            f"Pages asked for: {len(locations)}, in {len(encodings)} encodings; "
            f"{len(requests) - len(failed)} answered 200."
        )
        if failed:
            raise CommandError("Not answered:\n" + "\n".join(failed[:50]))
