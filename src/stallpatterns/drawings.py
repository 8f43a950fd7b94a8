"""SVG pictures that only draw.

An author saves a picture in ``docs/assets/`` and the site publishes the file as it is.
A PNG is only pixels; an SVG file is a document. Shown by ``<img>`` it runs nothing, but
opened on its own (a link to it, "Open image in new tab") a browser runs its scripts and
handlers, opens its embedded HTML and fetches whatever it names, on the site's own
address, where no page's Content-Security-Policy applies. So an SVG a pattern shows or
links to must hold a drawing and nothing else: elements, attributes, references and CSS
from allowlists, read as a browser's XML parser reads the file.

A file XML cannot read to its end is refused as well: a browser shows a document up to its
error (some read on past it), and nothing after it was checked. A file with no markup at
all shows nothing.
"""

from __future__ import annotations

import re
from xml.parsers import expat

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"

# What drawing programs keep beside the drawing (Inkscape's and Sodipodi's settings, licence
# metadata in RDF): elements and attributes no browser does anything with.
EDITOR_NAMESPACES = frozenset(
    {
        "http://www.inkscape.org/namespaces/inkscape",
        "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd",
        "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://purl.org/dc/elements/1.1/",
        "http://purl.org/dc/terms/",
        "http://creativecommons.org/ns#",
        "http://web.resource.org/cc/",
    }
)

# Shapes, text, paint servers, clipping, masks and filters: what draws. Not script,
# foreignObject (HTML), a (links), animate and set (which rewrite attributes, 'href' too),
# feImage and cursor (which fetch), view.
ELEMENTS = frozenset(
    """svg g defs symbol use switch title desc metadata path rect circle ellipse line polyline polygon
    text tspan textPath linearGradient radialGradient stop pattern clipPath mask marker image style
    filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting
    feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR
    feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting
    feSpotLight feTile feTurbulence""".split()
)

# Geometry and presentation: no event handler ('on…'), no 'xml:base', nothing that names a
# file but 'href' (checked below).
ATTRIBUTES = frozenset(
    """id class style transform viewBox preserveAspectRatio width height x y x1 y1 x2 y2 cx cy r rx ry
    fx fy fr d points pathLength version baseProfile fill fill-opacity fill-rule stroke stroke-width
    stroke-opacity stroke-linecap stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset
    opacity color display visibility overflow clip clip-path clip-rule clipPathUnits mask maskUnits
    maskContentUnits filter filterUnits primitiveUnits font-family font-size font-size-adjust font-weight
    font-style font-variant font-stretch letter-spacing word-spacing text-anchor dominant-baseline
    alignment-baseline baseline-shift text-decoration writing-mode direction unicode-bidi dx dy rotate
    textLength lengthAdjust startOffset method spacing side offset stop-color stop-opacity gradientUnits
    gradientTransform spreadMethod patternUnits patternContentUnits patternTransform marker-start
    marker-mid marker-end markerWidth markerHeight markerUnits refX refY orient in in2 result
    stdDeviation mode operator k1 k2 k3 k4 values type tableValues slope intercept amplitude exponent
    radius scale xChannelSelector yChannelSelector flood-color flood-opacity lighting-color surfaceScale
    diffuseConstant specularConstant specularExponent kernelMatrix kernelUnitLength order divisor bias
    targetX targetY edgeMode preserveAlpha azimuth elevation pointsAtX pointsAtY pointsAtZ
    specularExponent limitingConeAngle baseFrequency numOctaves seed stitchTiles color-interpolation
    color-interpolation-filters color-rendering shape-rendering text-rendering image-rendering
    paint-order vector-effect mix-blend-mode isolation transform-origin transform-box enable-background
    role aria-label aria-labelledby aria-describedby aria-hidden focusable lang tabindex
    requiredFeatures requiredExtensions systemLanguage space href title""".split()
)
# Attributes that take paint or CSS, in which 'url(…)' may name a file.
_CSS_ATTRIBUTES = frozenset({"style", "fill", "stroke", "clip-path", "mask", "filter", "marker-start", "marker-mid", "marker-end"})

# CSS functions that compute a colour, a length or a transform: none fetches anything
# ('url(…)' is checked on its own: only '#id', a part of the same drawing).
_CSS_FUNCTIONS = frozenset(
    """url rgb rgba hsl hsla hwb lab lch oklab oklch color calc var min max clamp translate translatex
    translatey rotate scale scalex scaley skew skewx skewy matrix blur drop-shadow cubic-bezier steps""".split()
)
_CSS_FUNCTION = re.compile(r"([A-Za-z-]+)\s*\(")
_LOCAL_URL = re.compile(r"url\(\s*(['\"]?)#[^'\")\s]*\1\s*\)", re.IGNORECASE)
_AT_RULE = re.compile(r"@([A-Za-z-]+)")
_CSS_AT_RULES = frozenset({"media", "keyframes"})
# A picture inside the drawing, as exporters embed it: pixels, never another SVG.
_EMBEDDED_PIXELS = re.compile(r"data:image/(?:png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*", re.IGNORECASE)


_ENCODINGS = frozenset({"utf-8", "utf8", "utf-16", "us-ascii", "ascii", "iso-8859-1", "latin1"})


class _Found(Exception):
    """Something in the file that does more than draw: stops the reading."""


def problem(data: bytes) -> str | None:
    """What in an SVG file does more than draw, in words for its author; None for a drawing."""
    reading = _Reading()
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.XmlDeclHandler = reading.declaration
    parser.StartDoctypeDeclHandler = reading.doctype
    parser.EntityDeclHandler = reading.entity
    parser.ProcessingInstructionHandler = reading.instruction
    parser.StartElementHandler = reading.start
    parser.EndElementHandler = reading.end
    parser.CharacterDataHandler = reading.text
    try:
        parser.Parse(data, True)
    except _Found as found:
        return str(found)
    except (ValueError, LookupError):  # an encoding expat cannot read ('Shift_JIS'), which a browser reads
        return "text in an encoding these checks cannot read (save it as UTF-8)"
    except expat.ExpatError as error:
        if error.lineno == 1 and error.offset == 0 and b"<" not in data:
            return None  # no markup at all (no '<', in UTF-8 or UTF-16): a browser shows nothing of it either
        # An error at the very start is no proof of that: a no-break space, a control character
        # or '<![CDATA[' before the '<svg' stops expat there, before the script it never read.
        # A browser shows the document up to its error, and some read on past one (or read an
        # encoding expat does not): what comes after it was never checked.
        return f"XML that cannot be read to its end ({expat.ErrorString(error.code)}, line {error.lineno}), past which the checks cannot see"
    return None


class _Reading:
    """expat's handlers: each raises :class:`_Found` at the first thing that is no drawing."""

    def __init__(self) -> None:
        self.open: list[str] = []
        self.style = ""

    def declaration(self, version: str | None, encoding: str | None, standalone: int) -> None:
        # Read as the browser reads it only in an encoding both read alike, byte for byte.
        if encoding is not None and encoding.lower() not in _ENCODINGS:
            raise _Found(f"text in the encoding '{encoding}', which these checks may read otherwise than a browser (save it as UTF-8)")

    def doctype(self, name: str, *_: object) -> None:
        raise _Found("a document type declaration ('<!DOCTYPE'), which can define text that the file does not show")

    def entity(self, name: str, *_: object) -> None:
        raise _Found(f"an entity declaration ('<!ENTITY {name}')")

    def instruction(self, target: str, data: str) -> None:
        raise _Found(f"a processing instruction ('<?{target}'), which can make a browser fetch a file")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        namespace, _, local = name.rpartition(" ")
        if namespace in EDITOR_NAMESPACES:
            self.open.append(name)
            return
        if not namespace:
            raise _Found(f"the element <{local}> without the SVG namespace (xmlns=\"{SVG}\"), which a browser does not draw")
        if namespace != SVG or local not in ELEMENTS:
            raise _Found(f"the element <{local}>{_namespace_note(namespace)}, which is no part of a drawing")
        for key, value in attributes.items():
            _check_attribute(local, key, value)
        self.open.append(name)

    def end(self, name: str) -> None:
        if self.open and self.open[-1] == f"{SVG} style":
            _check_css(self.style)
            self.style = ""
        if self.open:
            self.open.pop()

    def text(self, data: str) -> None:
        if self.open and self.open[-1] == f"{SVG} style":
            self.style += data


def _namespace_note(namespace: str) -> str:
    return f" (of '{namespace}')" if namespace != SVG else ""


def _check_attribute(element: str, key: str, value: str) -> None:
    namespace, _, local = key.rpartition(" ")
    if namespace in EDITOR_NAMESPACES:
        return
    known = (
        (not namespace and (local in ATTRIBUTES or local.startswith("data-")))
        or (namespace == XLINK and local in ("href", "title"))
        or (namespace == XML and local in ("space", "lang"))
    )
    if not known:
        raise _Found(f"the attribute '{local}' on <{element}>, which is no part of a drawing")
    if local == "href":
        reference = "".join(value.split())
        if not reference.startswith("#") and not (element == "image" and _EMBEDDED_PIXELS.fullmatch(value.strip())):
            raise _Found(f"a reference to '{_clipped(value)}' on <{element}>: a drawing may refer only to its own parts ('#…')")
    elif local in _CSS_ATTRIBUTES and not namespace:
        _check_css(value)


def _check_css(css: str) -> None:
    """CSS that only paints: functions from the allowlist, 'url(#…)' only, '@media' and
    '@keyframes' only, and no backslash (a CSS escape spells any of them otherwise)."""
    if "\\" in css:
        raise _Found("a backslash in the drawing's CSS, which can spell an address in code")
    for rule in _AT_RULE.findall(css):
        if rule.lower() not in _CSS_AT_RULES:
            raise _Found(f"the CSS rule '@{rule}', which can fetch a file")
    for function in _CSS_FUNCTION.findall(css):
        if function.lower() not in _CSS_FUNCTIONS:
            raise _Found(f"the CSS function '{function}(…)', which can fetch a file")
    for at in (m.start() for m in re.finditer(r"url\s*\(", css, re.IGNORECASE)):
        if _LOCAL_URL.match(re.sub(r"^url\s*\(", "url(", css[at:], flags=re.IGNORECASE)) is None:
            written = css[at:].partition(")")[0] + ")"
            raise _Found(f"'{_clipped(written)}' in the drawing's CSS: a drawing may refer only to its own parts ('url(#…)')")


def _clipped(text: str, length: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"
