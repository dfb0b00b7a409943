"""Control characters in addresses: never passed on to a view or the database.

PostgreSQL refuses a NUL in any string it is given ("A string literal cannot contain NUL
(0x00) characters"), so `/cerca/?q=a%00` or `/sportelli/comune/%00/` reached a query and
answered 500. No page of the site has a control character in its address, and no search
or finder needs one:

- in the path, the address is not a page of the site: the visitor gets the "page not
  found" page, in her language (this runs after LocaleMiddleware);
- in the query string, they are removed from every name and value (tab, line feed and
  carriage return become a space, as a browser turns them in a search box), and the page
  is answered as usual.

Form fields refuse NUL themselves (Django's form CharField), with the form's message.
"""

import re
from urllib.parse import urlencode

from django.http import Http404, QueryDict

CONTROLS = re.compile(r"[\x00-\x1f\x7f]")
_AS_SPACE = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def without_controls(text):
    return CONTROLS.sub("", text.translate(_AS_SPACE))


class ControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if CONTROLS.search(request.path_info):
            raise Http404("A control character in the path.")
        query = request.GET
        if any(
            CONTROLS.search(name) or any(CONTROLS.search(value) for value in values)
            for name, values in query.lists()
        ):
            pairs = [
                (without_controls(name), without_controls(value))
                for name, values in query.lists()
                for value in values
            ]
            request.GET = QueryDict(urlencode(pairs), encoding=query.encoding)
        return self.get_response(request)
