"""`{% fragment "name" value… %}…{% endfragment %}`: a part of a page kept in memory for
the content version (operations/fragments.py). `memory="search-results"` as the last
argument keeps it in that cache of the process instead (one with its own bound, for parts
named by what visitors type).

What is inside must depend only on the content, the language and the values named after
the fragment's name: never on the request (its path, host or query), the visitor, or a
`{% block %}` that another template fills.
"""

from django import template
from django.conf import settings
from django.template.loader_tags import BlockNode

from .. import fragments

register = template.Library()


class FragmentNode(template.Node):
    # Not walked when Django looks for the {% block %}s of a template (on every render of
    # a page that extends it): a fragment holds none.
    child_nodelists = ()

    def __init__(self, nodelist, name, vary_on, alias=fragments.CACHE_ALIAS):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.alias = alias

    def render(self, context):
        name = self.name.resolve(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        return fragments.remember(
            getattr(context, "request", None),
            name,
            vary_on,
            lambda: self.nodelist.render(context),
            alias=self.alias,
        )


@register.tag("fragment")
def do_fragment(parser, token):
    bits = token.split_contents()
    alias = fragments.CACHE_ALIAS
    if len(bits) > 2 and bits[-1].startswith("memory="):
        alias = bits.pop()[len("memory=") :].strip("\"'")
        if alias not in settings.CACHES:
            raise template.TemplateSyntaxError(f"'fragment': no cache named {alias!r}")
    if len(bits) < 2:
        raise template.TemplateSyntaxError("'fragment' needs a name: {% fragment \"name\" %}")
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    if nodelist.get_nodes_by_type(BlockNode):
        # The block's content comes from the template that extends this one: it would be
        # kept for one page and shown on another.
        raise template.TemplateSyntaxError("'fragment' cannot contain a {% block %}")
    return FragmentNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
        alias,
    )
