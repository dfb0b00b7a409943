from django.apps import AppConfig


class EditingConfig(AppConfig):
    """The editing toolkit shared by the content apps (``network``, ``pages``).

    Publication and draft preview, history and undo, drag-and-drop ordering, safe uploads,
    translation status and native-speaker checks, the Italian fallback of translated
    texts. It knows no content model of its own and imports neither ``network`` nor
    ``pages``: they use it.
    """

    name = "editing"
