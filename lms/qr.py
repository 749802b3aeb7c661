"""QR codes drawn with segno, as standalone SVG: the certificate PDF's verification link, the check-in code on a
room's screen, the authenticator-app code. Nothing is fetched from another site.

A standalone SVG image needs its namespace (``svgns``); without it, as segno's ``svg_inline`` writes it for an
<svg> inside HTML, a browser shows a data: URI image as broken.
"""

from __future__ import annotations

import base64
import io

import segno


def qr_svg(text: str, *, scale: int, border: int) -> str:
    """The code for ``text`` as an SVG document, dark on white, medium error correction."""
    svg = io.BytesIO()
    segno.make(text, error="m").save(
        svg, kind="svg", xmldecl=False, svgns=True, scale=scale, border=border, dark="#111", light="#fff"
    )
    return svg.getvalue().decode()


def qr_data_uri(text: str, *, scale: int, border: int) -> str:
    """The same as an image address (``<img src>``), for a page or a PDF."""
    return "data:image/svg+xml;base64," + base64.b64encode(qr_svg(text, scale=scale, border=border).encode()).decode()
