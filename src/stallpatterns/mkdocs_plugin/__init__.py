"""The MkDocs adapter: turns the checked catalogue into pages, feeds and data files."""
