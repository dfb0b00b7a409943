"""Template tags of the admin's own pages."""

from django import template
from django.forms.utils import pretty_name

register = template.Library()


def _label(form, name):
    field = form.fields.get(name)
    return str(field.label) if field is not None and field.label else pretty_name(name)


@register.inclusion_tag("admin/includes/error_summary.html")
def error_summary(adminform, inline_admin_formsets):
    """Every error of a change form, listed at its top with a link to its field: the
    editor of a long form (a desk's is 3,500 px) sees what to correct without looking for
    it, and a screen reader hears it first."""
    items = []
    form = adminform.form
    for name, errors in form.errors.items():
        if name == "__all__":
            continue  # Django shows them under its notice, at the top already
        items += [(f"#{form[name].auto_id}", _label(form, name), error) for error in errors]
    for inline in inline_admin_formsets:
        formset = inline.formset
        title = str(formset.model._meta.verbose_name_plural).capitalize()
        items += [(f"#{formset.prefix}-group", title, error) for error in formset.non_form_errors()]
        for row, row_form in enumerate(formset.forms, start=1):
            for name, errors in row_form.errors.items():
                target = (
                    f"#{formset.prefix}-{row - 1}"
                    if name == "__all__"
                    else f"#{row_form[name].auto_id}"
                )
                label = f"{title} {row}" + (
                    "" if name == "__all__" else f" – {_label(row_form, name)}"
                )
                items += [(target, label, error) for error in errors]
    return {"items": items}
