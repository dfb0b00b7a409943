import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import translation

from pages.models import Deliberation, Page, SiteSettings


def make_act(**overrides):
    values = {
        "issuing_body": "giunta_provinciale",
        "number": "231",
        "date": datetime.date(2010, 9, 10),
        "title": "Approvazione del protocollo",
        "slug": "approvazione",
    }
    values.update(overrides)
    return Deliberation.objects.create(**values)


def test_one_number_per_body_and_year(db):
    make_act()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_act(date=datetime.date(2010, 12, 1), slug="altra")
    # The same number in another year, or from another body, is a different act.
    make_act(date=datetime.date(2011, 1, 5), slug="altra")
    make_act(issuing_body="presidente_provincia", slug="terza")


def test_the_admin_form_reports_a_duplicate_number(db):
    make_act()
    duplicate = Deliberation(
        issuing_body="giunta_provinciale",
        number="231",
        date=datetime.date(2010, 1, 1),
        title="Doppione",
        slug="doppione",
    )
    with (
        translation.override("en"),
        pytest.raises(ValidationError, match="already has an act with this number"),
    ):
        duplicate.full_clean()


def test_act_slug_unique_within_a_year(db):
    make_act()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_act(number="232")
    make_act(number="232", date=datetime.date(2012, 1, 1))


def test_act_url_carries_its_year(db):
    assert make_act().get_absolute_url() == "/atti/2010/approvazione/"


def test_page_body_is_sanitised_on_save(db):
    page = Page.objects.create(
        title="Prova",
        slug="prova",
        body_it=(
            '<p onclick="steal()">Testo <script>alert(1)</script>'
            '<a href="https://example.org/">link</a>'
            '<a href="javascript:alert(1)">bad</a><img src="x" onerror="y"></p>'
        ),
    )
    page.refresh_from_db()
    assert "onclick" not in page.body_it
    assert "<script" not in page.body_it
    assert "javascript:" not in page.body_it
    assert "<img" not in page.body_it
    assert 'rel="noreferrer"' in page.body_it
    assert "Testo" in page.body_it


def test_every_language_of_a_page_body_is_sanitised(db):
    page = Page.objects.create(
        title="Prova", slug="prova", body_en="<p>Text<script>alert(1)</script></p>"
    )
    page.refresh_from_db()
    assert page.body_en == "<p>Text</p>"


def test_page_image_needs_alternative_text(db):
    with pytest.raises(IntegrityError), transaction.atomic():
        Page.objects.create(title="Prova", slug="prova", image="pages/foto.jpg")
    Page.objects.create(
        title="Prova", slug="prova", image="pages/foto.jpg", image_alt_it="Una foto"
    )


def test_site_settings_is_one_row_and_reading_it_writes_nothing(db):
    assert SiteSettings.load().helpline_number == "1522"
    assert not SiteSettings.objects.exists()
    SiteSettings.objects.create(pk=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        SiteSettings.objects.create(pk=2)
