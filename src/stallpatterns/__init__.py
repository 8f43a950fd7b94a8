"""Stall Patterns: read, check and catalogue stall patterns; build them into a site.

The core (``settings``, ``source``, ``rules``, ``catalogue``) is plain Python with no
MkDocs import. ``stallpatterns.mkdocs_plugin`` is a thin adapter over it.
"""

__version__ = "0.1.0"
