"""The Qt user interface. Only this package imports PySide6 widgets.

At the top, what every page uses: ``context`` (the services, task runner, hub and clock a page
gets), ``hub`` (the app-wide signal hub), ``tasks`` (work off the GUI thread), ``store_access``
(``read_store``/``write_store``), ``guard`` (no exception escapes a Qt override) and ``errors``
(showing errors, the crash handler). Then ``kit/`` (small shared widgets and helpers),
``pages/`` (one module per page and the registry), a package per page for its parts
(``today/``, ``journey/``, ``habits/``, ``drafts/``, ``voice/``, ``onboarding/``,
``settings/``) and ``shell/`` (the application and main window around them).
"""

from app.ui.kit.import_hook import install as _quicker_import_hook

_quicker_import_hook()  # before PySide6's modules: see app/ui/kit/import_hook.py

from app.ui.kit.layout_items import install as _release_layout_items  # noqa: E402

_release_layout_items()  # before any layout is made: see app/ui/kit/layout_items.py
