"""The demo catalogue's teaching text, one module per course, written in Arabic, English and French.

Each course module defines COURSE (see `schema.py` for its shape). `library.py` holds the
tracks, guidebooks and case studies that courses refer to by slug.
"""
