"""Uploads that cannot hurt: checked images and PDF documents, stored under safe names.

Images (JPEG, PNG or WebP only) are decoded with Pillow before they are accepted, within
a size and a pixel limit, so that a decompression bomb, an SVG or a PDF renamed ``.jpg``
is refused with a clear message. The stored image is re-encoded from its pixels: the
EXIF orientation is applied, then EXIF (GPS included), XMP, text chunks and colour
profiles are left behind. Next to it, WebP renditions at a few widths let templates
offer a ``srcset``. The stored name carries the image's size, so templates know its
renditions without opening any file::

    pages/3f9a1c2e5b7d4a60-1600x900.jpg          the original, re-encoded
    pages/3f9a1c2e5b7d4a60-1600x900-480w.webp    its renditions
    pages/3f9a1c2e5b7d4a60-1600x900-960w.webp
    pages/3f9a1c2e5b7d4a60-1600x900-1440w.webp

Documents must be PDF by their content, not by their name: ``%PDF-`` at the first byte
(so that an HTML page with a PDF after it is refused), whole, and readable by pypdf in
strict mode. Then every object of the document is inspected, so that what a PDF reader
would run or open by itself is refused: JavaScript, launch actions, embedded files, XFA
forms, forms that send or load data, multimedia, and actions triggered by events (/AA).
An encrypted PDF is refused too, since it cannot be inspected (and a reader's
restrictions on copying can keep a screen reader out). Every stored name is random
ASCII: nothing the editor's computer called the file reaches the site.

When an upload is replaced or removed, or its row is deleted, the old file and its
renditions are deleted once the transaction commits (unless another row uses it).
"""

import io
import posixpath
import re
import secrets
import warnings
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models, transaction
from django.db.models.fields.files import FieldFile, ImageFieldFile
from django.db.models.signals import post_delete, post_init, post_save
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.functional import lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageCms, ImageFile, ImageOps
from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject

# Pillow's own decompression-bomb guard follows the site's limit (it warns above it and
# fails at twice it; both are refusals here, see open_checked_image()).
Image.MAX_IMAGE_PIXELS = getattr(settings, "MAX_IMAGE_PIXELS", 40_000_000)

# Pillow format -> extension of the stored original. MPO is how Pillow reads a camera
# JPEG that carries extra preview pictures; it is stored as a plain JPEG.
IMAGE_EXTENSIONS = {"JPEG": "jpg", "MPO": "jpg", "PNG": "png", "WEBP": "webp"}
# Only these decoders ever look at an upload.
DECODERS = ("JPEG", "PNG", "WEBP")
IMAGE_ACCEPT = "image/jpeg,image/png,image/webp"
PDF_ACCEPT = "application/pdf,.pdf"

# Widths of the WebP renditions; an image narrower than one of them gets a rendition
# at its own width instead (never upscaled).
RENDITION_WIDTHS = (480, 960, 1440)
JPEG_QUALITY = 85
WEBP_QUALITY = 80

# "<anything>-<width>x<height>.<ext>": the names this module gives to stored images.
STORED_IMAGE_NAME = re.compile(
    r"^(?P<base>.+-(?P<width>\d{1,5})x(?P<height>\d{1,5}))\.(?:jpg|png|webp)$"
)

# How a PKCS#7 signed-data envelope (a ".p7m" signed document) starts its content type.
PKCS7_SIGNED_DATA_OID = bytes.fromhex("06092a864886f70d010702")
PDF_TAIL_BYTES = 1024
# Bounds on the work of inspecting a PDF: an act with its annexes stays well below them.
MAX_PDF_PAGES = 2000
MAX_PDF_OBJECTS = 300_000

# What a PDF reader would run or open by itself, by the refusal it leads to. Names are
# compared as pypdf decodes them, so an obfuscated "/J#61vaScript" is "/JavaScript".
PDF_ACTIVE_KEYS = {
    "/JS": "pdf_javascript",  # the script of an action
    "/JavaScript": "pdf_javascript",  # the document-level name tree of scripts
    "/AA": "pdf_automatic_actions",  # actions on events: page open, mouse over, keystroke
    "/EmbeddedFiles": "pdf_embedded_file",  # the name tree of attachments
    "/EF": "pdf_embedded_file",  # a file specification carrying the file itself
    "/XFA": "pdf_xfa",
    "/RichMediaContent": "pdf_multimedia",
}
PDF_ACTIVE_ACTIONS = {  # values of /S in an action dictionary
    "/JavaScript": "pdf_javascript",
    "/Launch": "pdf_launch",
    "/GoToE": "pdf_embedded_file",
    # Another file, possibly on a network share (a reader sends the Windows sign-in to it).
    "/GoToR": "pdf_opens_elsewhere",
    "/SubmitForm": "pdf_sends_data",
    "/ImportData": "pdf_sends_data",
    "/RichMediaExecute": "pdf_multimedia",
    "/Rendition": "pdf_multimedia",
    "/Movie": "pdf_multimedia",
    "/Sound": "pdf_multimedia",
}
PDF_ACTIVE_SUBTYPES = {  # values of /Subtype in an annotation
    "/FileAttachment": "pdf_embedded_file",
    "/RichMedia": "pdf_multimedia",
    "/Screen": "pdf_multimedia",
    "/Movie": "pdf_multimedia",
    "/Sound": "pdf_multimedia",
    "/3D": "pdf_multimedia",
}
# When a PDF has several of them, the editor reads about the first of this list.
PDF_REFUSAL_ORDER = (
    "pdf_javascript",
    "pdf_launch",
    "pdf_embedded_file",
    "pdf_xfa",
    "pdf_sends_data",
    "pdf_opens_elsewhere",
    "pdf_multimedia",
    "pdf_automatic_actions",
)

MESSAGES = {
    "empty": _("The file is empty. Choose it again, or choose another file."),
    "image_too_large": _(
        "The file is too large (%(size)s). An image can be at most %(limit)s: "
        "save it at a smaller size and upload it again."
    ),
    "too_many_pixels": _(
        "The image has too many pixels: at most %(limit)s million are accepted. "
        "Reduce its width and height (for example to 2000 pixels wide) and upload it again."
    ),
    "svg": _(
        "SVG images are not accepted, because they can contain programs. "
        "Save the image as PNG, JPEG or WebP and upload that file."
    ),
    "pdf_not_image": _(
        "This file is a PDF document, not an image. Upload a JPEG, PNG or WebP image."
    ),
    "not_image": _(
        "This file is not a JPEG, PNG or WebP image, or it is damaged. "
        "Only these three image formats are accepted."
    ),
    "animated": _("Animated images are not accepted. Upload a still image."),
    "document_too_large": _(
        "The file is too large (%(size)s). A document can be at most %(limit)s."
    ),
    "not_pdf": _(
        "This file is not a PDF document: its content is not PDF, whatever its name says. "
        "Save or export the document as PDF and upload it again."
    ),
    "signed_pdf": _(
        "This is a digitally signed file (.p7m), not a plain PDF. "
        "Upload the PDF copy of the document."
    ),
    "damaged_pdf": _(
        "This PDF document is incomplete or damaged: its end is missing. "
        "Save or export it again and upload the new file."
    ),
    "pdf_unreadable": _(
        "This PDF document cannot be read: it is damaged or not built as a PDF should be. "
        "Save or export it again as PDF and upload the new file."
    ),
    "pdf_encrypted": _(
        "This PDF document is protected (with a password or encryption), so its content "
        "cannot be checked. Save it again without protection and upload it again."
    ),
    "pdf_too_many_pages": _(
        "This PDF document has too many pages: at most %(limit)s are accepted. "
        "Upload a shorter version, for example without the annexes."
    ),
    "pdf_too_complex": _(
        "This PDF document is too complex to be checked. Save it again as a plain PDF "
        "(for example with “Print > Save as PDF”) and upload it again."
    ),
    "pdf_javascript": _(
        "This PDF document contains JavaScript code. Save it again as a plain PDF "
        "(for example with “Print > Save as PDF”) and upload it again."
    ),
    "pdf_launch": _(
        "This PDF document contains commands that start other programs. Save it again as "
        "a plain PDF (for example with “Print > Save as PDF”) and upload it again."
    ),
    "pdf_embedded_file": _(
        "This PDF document contains attached files. Save it again as a plain PDF, without "
        "attachments (for example with “Print > Save as PDF”), and upload it again."
    ),
    "pdf_xfa": _(
        "This PDF document is an XFA form, which many readers cannot open and which can "
        "contain programs. Save it again as a plain PDF (for example with “Print > Save as "
        "PDF”) and upload it again."
    ),
    "pdf_sends_data": _(
        "This PDF document contains a form that sends or loads data. Save it again as a "
        "plain PDF (for example with “Print > Save as PDF”) and upload it again."
    ),
    "pdf_opens_elsewhere": _(
        "This PDF document opens a web address or another file by itself. Save it again "
        "as a plain PDF (for example with “Print > Save as PDF”) and upload it again."
    ),
    "pdf_multimedia": _(
        "This PDF document contains video, sound or 3D content. Save it again as a plain "
        "PDF (for example with “Print > Save as PDF”) and upload it again."
    ),
    "pdf_automatic_actions": _(
        "This PDF document contains actions that start by themselves, when a page opens "
        "or the mouse passes over something. Save it again as a plain PDF (for example "
        "with “Print > Save as PDF”) and upload it again."
    ),
}


def _refuse(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params or None)


# --- Safe names


@deconstructible(path="editing.uploads.SafeUploadTo")
class SafeUploadTo:
    """``upload_to`` for uploads: ``<directory><random>.<extension>``.

    The directory may hold ``strftime`` codes like ``upload_to`` strings (``acts/%Y/``).
    Only the extension survives from the name it is given, lower-cased and reduced to
    ASCII letters and digits; the fields below pass the extension of the detected type,
    never the one the editor's file had.
    """

    def __init__(self, directory):
        self.directory = directory

    def __call__(self, instance, filename):
        extension = posixpath.splitext(filename)[1].lower()
        extension = re.sub(r"[^a-z0-9]", "", extension)[:5]
        directory = timezone.localtime().strftime(self.directory)
        name = secrets.token_hex(8)
        return f"{directory}{name}.{extension}" if extension else f"{directory}{name}"

    def __eq__(self, other):
        return isinstance(other, SafeUploadTo) and other.directory == self.directory

    def __hash__(self):
        return hash(self.directory)


# --- Checks


def _new_upload(value):
    """The file to check: None for a file already stored (it was checked when uploaded)."""
    if isinstance(value, FieldFile):
        if value._committed or not value:
            return None
        return value.file
    return value


def _check_size(file, limit, code):
    size = file.size
    if not size:
        raise _refuse("empty")
    if size > limit:
        raise _refuse(code, size=filesizeformat(size), limit=filesizeformat(limit))


def _read(file, start=0, length=1024):
    file.seek(start)
    data = file.read(length)
    file.seek(0)
    return data


def _looks_like_svg(head):
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<svg", b"<?xml", b"<!doctype svg")) or b"<svg" in text


def open_checked_image(file):
    """The upload decoded by Pillow, first frame loaded; ValidationError if refused.

    Size and pixel limits come from the settings MAX_IMAGE_SIZE and MAX_IMAGE_PIXELS.
    """
    _check_size(file, settings.MAX_IMAGE_SIZE, "image_too_large")
    limit = settings.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = limit
    # A cut-off file is refused, whatever turned Pillow's tolerance on for the process
    # (importing WeasyPrint, which lays out the pocket card, does).
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    # Pillow gets its own copy (within the size limit): closing an image may close the
    # file it was read from, and the upload must stay readable until it is stored.
    file.seek(0)
    data = file.read()
    file.seek(0)
    head = data[:1024]
    try:
        with warnings.catch_warnings():
            # Pillow only warns between the limit and twice the limit: refuse those too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=DECODERS)
            width, height = image.size
            if width * height > limit:
                raise Image.DecompressionBombError(f"{width}x{height} pixels")
            if image.format != "MPO" and getattr(image, "n_frames", 1) > 1:
                raise _refuse("animated")
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise _refuse("too_many_pixels", limit=f"{limit / 1_000_000:g}") from error
    except ValidationError:
        raise
    except Exception as error:  # Pillow raises many kinds of errors for a bad file.
        if head.startswith(b"%PDF-"):
            raise _refuse("pdf_not_image") from error
        if _looks_like_svg(head):
            raise _refuse("svg") from error
        raise _refuse("not_image") from error
    return image


# Marks an uploaded file object as already checked, so that the model field's validator
# does not decode again what the form field's validator has just decoded.
CHECKED_MARK = "_editing_upload_checked"


def validate_image(value):
    """Validator: a JPEG, PNG or WebP image within the size and pixel limits."""
    file = _new_upload(value)
    if file is None or getattr(file, CHECKED_MARK, None) == "image":
        return
    open_checked_image(file).close()
    setattr(file, CHECKED_MARK, "image")


def validate_pdf(value):
    """Validator: a PDF document by its content, within the size limit, well formed,
    not encrypted, and with nothing a PDF reader would run or open by itself."""
    file = _new_upload(value)
    if file is None or getattr(file, CHECKED_MARK, None) == "pdf":
        return
    _check_size(file, settings.MAX_DOCUMENT_SIZE, "document_too_large")
    head = _read(file)
    if not head.startswith(b"%PDF-"):
        if head.startswith(b"\x30") and PKCS7_SIGNED_DATA_OID in head:
            raise _refuse("signed_pdf")
        raise _refuse("not_pdf")
    tail = _read(file, max(0, file.size - PDF_TAIL_BYTES), PDF_TAIL_BYTES)
    if b"%%EOF" not in tail:
        raise _refuse("damaged_pdf")
    file.seek(0)
    data = file.read()  # within the size limit; pypdf gets its own copy, as Pillow does
    file.seek(0)
    _check_pdf_content(data)
    setattr(file, CHECKED_MARK, "pdf")


def _check_pdf_content(data):
    """Refuse a PDF that pypdf cannot read strictly, or that carries active content."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=True)
        encrypted = reader.is_encrypted
        pages = 0 if encrypted else len(reader.pages)
    except (DependencyError, FileNotDecryptedError) as error:
        # pypdf tries the empty password at once; some ciphers need a library not here.
        raise _refuse("pdf_encrypted") from error
    except Exception as error:  # pypdf raises many kinds of errors for a malformed file.
        raise _refuse("pdf_unreadable") from error
    if encrypted:
        raise _refuse("pdf_encrypted")
    if pages > MAX_PDF_PAGES:
        raise _refuse("pdf_too_many_pages", limit=MAX_PDF_PAGES)
    try:
        found = _pdf_active_content(reader)
    except ValidationError:
        raise
    except Exception as error:
        raise _refuse("pdf_unreadable") from error
    for code in PDF_REFUSAL_ORDER:
        if code in found:
            raise _refuse(code)


PDF_CONTAINERS = (DictionaryObject, ArrayObject, IndirectObject)


def _pdf_active_content(reader):
    """The refusal codes of what every object of the PDF carries.

    The walk starts from the trailer and from every object the cross-reference tables
    list (a reader repairing a file may find those even when nothing points at them).
    Indirect objects are resolved once each, so a cycle ends; the count of objects is
    bounded, so a huge graph is refused rather than walked for minutes.
    """
    found = set()
    pending = [reader.trailer]
    for generation, numbers in reader.xref.items():
        pending.extend(IndirectObject(number, generation, reader) for number in numbers)
    pending.extend(IndirectObject(number, 0, reader) for number in reader.xref_objStm)
    resolved = set()
    count = 0
    while pending:
        obj = pending.pop()
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key in resolved:
                continue
            resolved.add(key)
            obj = obj.get_object()
        if isinstance(obj, DictionaryObject):  # streams too: their dictionary
            found.update(_pdf_dictionary_findings(obj))
            children = dict.values(obj)  # unresolved, so that each is resolved once
        elif isinstance(obj, ArrayObject):
            children = list.__iter__(obj)
        elif isinstance(obj, IndirectObject):  # a reference to a reference
            children = [obj]
        else:
            continue
        count += 1
        if count > MAX_PDF_OBJECTS:
            raise _refuse("pdf_too_complex")
        pending.extend(child for child in children if isinstance(child, PDF_CONTAINERS))
    return found


def _pdf_dictionary_findings(dictionary):
    found = {PDF_ACTIVE_KEYS[key] for key in dictionary if key in PDF_ACTIVE_KEYS}
    action = _pdf_name(dictionary, "/S")
    if action in PDF_ACTIVE_ACTIONS:
        found.add(PDF_ACTIVE_ACTIONS[action])
    subtype = _pdf_name(dictionary, "/Subtype")
    if subtype in PDF_ACTIVE_SUBTYPES:
        found.add(PDF_ACTIVE_SUBTYPES[subtype])
    if _pdf_name(dictionary, "/Type") == "/EmbeddedFile":
        found.add("pdf_embedded_file")
    if _pdf_name(dictionary, "/Type") == "/Catalog":
        # Opening the document may show a page (a destination, or a /GoTo action), never
        # visit a web address or another file by itself (design rule 2).
        opening = dictionary.get("/OpenAction")
        opening = opening.get_object() if opening is not None else None
        if isinstance(opening, DictionaryObject) and _pdf_name(opening, "/S") != "/GoTo":
            found.add("pdf_opens_elsewhere")
    return found


def _pdf_name(dictionary, key):
    """The value of key if it is a name (as pypdf decodes it), else None."""
    value = dictionary.get(key)
    value = value.get_object() if value is not None else None
    return str(value) if isinstance(value, NameObject) else None


# --- Clean images and renditions


@dataclass
class CleanImage:
    image: Image.Image  # the pixels, upright, with no metadata
    content: ContentFile  # the same, encoded in the original's format
    extension: str

    @property
    def width(self):
        return self.image.width

    @property
    def height(self):
        return self.image.height


def _has_alpha(image):
    return image.mode in {"RGBA", "LA", "PA", "RGBa", "La"} or "transparency" in image.info


def _to_srgb(image):
    """Pixels converted to sRGB when the image carries another colour profile."""
    icc = image.info.get("icc_profile")
    if not icc or image.mode not in {"RGB", "CMYK"}:
        return image
    try:
        profile = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        if "srgb" in ImageCms.getProfileDescription(profile).lower():
            return image
        srgb = ImageCms.createProfile("sRGB")
        return ImageCms.profileToProfile(image, profile, srgb, outputMode="RGB")
    except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
        # A broken or unusual profile: keep the pixels as they are, without it.
        return image


def clean_image(file):
    """The upload checked, turned upright and re-encoded without any metadata."""
    original = open_checked_image(file)
    extension = IMAGE_EXTENSIONS[original.format]
    image = ImageOps.exif_transpose(original)
    image = _to_srgb(image)
    if extension == "jpg":
        mode = "L" if image.mode in {"1", "L"} else "RGB"
    elif _has_alpha(image):
        mode = "RGBA"
    else:
        mode = "L" if image.mode in {"1", "L"} else "RGB"
    image = image.convert(mode)  # always a new image, even in the same mode
    image.info = {}  # EXIF, GPS, XMP, ICC profile, text chunks, comments: all gone
    output = io.BytesIO()
    if extension == "jpg":
        image.save(output, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
    elif extension == "png":
        image.save(output, "PNG", optimize=True)
    else:
        image.save(output, "WEBP", quality=JPEG_QUALITY)
    original.close()
    return CleanImage(image=image, content=ContentFile(output.getvalue()), extension=extension)


def rendition_widths(width):
    """The widths of an image's renditions: the standard ones, never wider than it."""
    return sorted({min(standard, width) for standard in RENDITION_WIDTHS})


def stored_dimensions(name):
    """(width, height) of a stored image, from its name; None for any other name."""
    match = STORED_IMAGE_NAME.match(name or "")
    if not match:
        return None
    return int(match["width"]), int(match["height"])


def rendition_names(name):
    """[(rendition name, width)] of a stored image, from its name alone."""
    match = STORED_IMAGE_NAME.match(name or "")
    if not match:
        return []
    return [
        (f"{match['base']}-{width}w.webp", width) for width in rendition_widths(int(match["width"]))
    ]


def save_renditions(storage, name, image):
    for rendition_name, width in rendition_names(name):
        height = max(1, round(image.height * width / image.width))
        resized = image if width == image.width else image.resize((width, height), Image.LANCZOS)
        output = io.BytesIO()
        resized.save(output, "WEBP", quality=WEBP_QUALITY)
        if storage.exists(rendition_name):
            storage.delete(rendition_name)
        storage.save(rendition_name, ContentFile(output.getvalue()))


def delete_stored(storage, name):
    """Delete a stored upload and, for an image, its renditions."""
    for rendition_name, _width in rendition_names(name):
        storage.delete(rendition_name)
    storage.delete(name)


def stored_size(field_file):
    """The size in bytes of a stored file, or None when there is none or it is missing."""
    if not field_file:
        return None
    try:
        return field_file.size
    except OSError:
        return None


# --- Editor help: the limits as they are configured, in the editor's language


def _image_limits():
    return gettext(
        "JPEG, PNG or WebP, at most %(size)s and %(pixels)s million pixels; SVG is not "
        "accepted. Location, camera and other hidden data are removed on upload."
    ) % {
        "size": filesizeformat(settings.MAX_IMAGE_SIZE),
        "pixels": f"{settings.MAX_IMAGE_PIXELS / 1_000_000:g}",
    }


def _document_limits():
    return gettext(
        "PDF only (the content is checked, not the name), at most %(size)s. "
        "Visitors download it with a file name made from the title."
    ) % {"size": filesizeformat(settings.MAX_DOCUMENT_SIZE)}


image_limits = lazy(_image_limits, str)
document_limits = lazy(_document_limits, str)


def _help_text(own, limits):
    return format_lazy("{} {}", own, limits) if own else limits


# --- Form fields


class ImageUploadFormField(forms.ImageField):
    """An image field whose checks are validate_image(), with its precise messages."""

    default_validators = [validate_image]

    def to_python(self, data):
        # Skip forms.ImageField's own Pillow check and its one generic message.
        return forms.FileField.to_python(self, data)

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if "accept" in attrs:
            attrs["accept"] = IMAGE_ACCEPT
        return attrs


class PDFUploadFormField(forms.FileField):
    default_validators = [validate_pdf]

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = PDF_ACCEPT
        return attrs


# --- Model fields


class SafeImageFieldFile(ImageFieldFile):
    """A stored image that knows its size and its renditions from its name."""

    def save(self, name, content, save=True):
        clean = clean_image(content)
        generated = self.field.generate_filename(self.instance, f"image.{clean.extension}")
        base, extension = posixpath.splitext(generated)
        name = f"{base}-{clean.width}x{clean.height}{extension}"
        self.name = self.storage.save(name, clean.content, max_length=self.field.max_length)
        self._set_instance_attribute(self.name, clean.content)
        self._committed = True
        save_renditions(self.storage, self.name, clean.image)
        if save:
            self.instance.save()

    save.alters_data = True

    def delete(self, save=True):
        for rendition_name, _width in rendition_names(self.name):
            self.storage.delete(rendition_name)
        super().delete(save)

    delete.alters_data = True

    @property
    def dimensions(self):
        """(width, height) without opening the file; None for an image stored elsewise."""
        return stored_dimensions(self.name) if self._committed else None

    @property
    def width(self):
        return self.dimensions[0] if self.dimensions else super().width

    @property
    def height(self):
        return self.dimensions[1] if self.dimensions else super().height

    def renditions(self):
        """[(url, width)] of the WebP renditions, narrowest first; [] when there are none."""
        if not self or not self._committed:
            return []
        return [(self.storage.url(name), width) for name, width in rendition_names(self.name)]

    def srcset(self):
        return ", ".join(f"{url} {width}w" for url, width in self.renditions())


class SafePDFFieldFile(FieldFile):
    def save(self, name, content, save=True):
        validate_pdf(content)
        content.seek(0)
        super().save("document.pdf", content, save)

    save.alters_data = True


# Kept on each instance: the names its upload fields had in the database, and the names
# to delete once a save has replaced them.
STORED_NAMES = "_editing_uploads_stored"
UNKNOWN = object()


class StoredFileCleanupMixin:
    """Delete a replaced or removed upload (and its renditions) after the commit."""

    def contribute_to_class(self, cls, name, **kwargs):
        super().contribute_to_class(cls, name, **kwargs)
        if not cls._meta.abstract:
            post_init.connect(self._remember_stored_name, sender=cls)
            post_save.connect(self._discard_replaced, sender=cls)
            post_delete.connect(self._discard_deleted, sender=cls)

    def _stored(self, instance):
        return instance.__dict__.setdefault(STORED_NAMES, {})

    def _remember_stored_name(self, instance, **kwargs):
        value = instance.__dict__.get(self.attname, UNKNOWN)  # absent when deferred
        self._stored(instance)[self.attname] = value if isinstance(value, str) else UNKNOWN

    def pre_save(self, model_instance, add):
        stored = self._stored(model_instance)
        previous = stored.get(self.attname, UNKNOWN)
        if previous is UNKNOWN and not add and model_instance.pk is not None:
            previous = (
                type(model_instance)
                ._base_manager.filter(pk=model_instance.pk)
                .values_list(self.attname, flat=True)
                .first()
            )
        file = super().pre_save(model_instance, add)
        current = file.name or ""
        if previous and previous is not UNKNOWN and previous != current:
            stored.setdefault("discard", set()).add((self.attname, previous))
        stored[self.attname] = current
        return file

    def _discard_replaced(self, instance, using=None, **kwargs):
        pending = self._stored(instance).get("discard", set())
        for attname, name in [item for item in pending if item[0] == self.attname]:
            pending.discard((attname, name))
            self._discard_after_commit(type(instance), name, using)

    def _discard_deleted(self, instance, using=None, **kwargs):
        name = instance.__dict__.get(self.attname)
        name = getattr(name, "name", name)
        if name and isinstance(name, str):
            self._discard_after_commit(type(instance), name, using)

    def _discard_after_commit(self, model, name, using):
        def discard():
            if not model._base_manager.using(using).filter(**{self.attname: name}).exists():
                delete_stored(self.storage, name)

        transaction.on_commit(discard, using=using)


class SafeImageField(StoredFileCleanupMixin, models.ImageField):
    """A JPEG, PNG or WebP image, checked, cleaned of metadata, with WebP renditions."""

    attr_class = SafeImageFieldFile
    default_validators = [validate_image]

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": ImageUploadFormField,
                "help_text": _help_text(self.help_text, image_limits()),
                **kwargs,
            }
        )


class SafePDFField(StoredFileCleanupMixin, models.FileField):
    """A PDF document, checked by its content, stored as ``<random>.pdf``."""

    attr_class = SafePDFFieldFile
    default_validators = [validate_pdf]

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": PDFUploadFormField,
                "help_text": _help_text(self.help_text, document_limits()),
                **kwargs,
            }
        )
