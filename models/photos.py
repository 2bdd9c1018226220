"""Photos made safe before they are stored: checked, re-encoded as JPEG, EXIF (GPS!) dropped.

The checks run in order of cost: a byte cap before anything is decoded, the file's magic bytes
(a renamed .exe is refused), Pillow's pixel cap with its decompression-bomb warning treated as an
error, ``verify()``, and only then a full decode and re-encode.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from models.errors import UserError
from models.messages import msg

MAX_BYTES = 15 * 1024 * 1024
MAX_PIXELS = 50_000_000
STORED_LONG_SIDE = 1600
THUMB_LONG_SIDE = 256
JPEG_QUALITY = 85

MAGIC = {
    b"\xff\xd8\xff": "JPEG",
    b"\x89PNG\r\n\x1a\n": "PNG",
}


class PhotoRejected(UserError):
    """The file cannot be used as a photo; the message says why."""


@dataclass(frozen=True)
class NormalisedPhoto:
    jpeg: bytes
    thumbnail: bytes
    width: int
    height: int
    sha256: str


def _kind(data: bytes) -> str | None:
    for magic, kind in MAGIC.items():
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    return None


def _encode(image: Image.Image, long_side: int) -> bytes:
    copy = image.copy()
    copy.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    # No exif= argument: the re-encoded file carries no EXIF block at all.
    copy.save(out, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=False)
    return out.getvalue()


def normalise_photo(data: bytes, *, name: str = "the photo") -> NormalisedPhoto:
    if len(data) > MAX_BYTES:
        raise PhotoRejected(
            msg(
                "{name} is {value} MB; photos may be at most {value2} MB. Send a smaller copy.",
                name=name,
                value=f"{len(data) / 1048576:.1f}",
                value2=MAX_BYTES // 1048576,
            )
        )
    kind = _kind(data)
    if kind is None:
        raise PhotoRejected(msg("{name} is not a JPEG, PNG or WebP picture.", name=name))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as probe:
                if probe.format != kind:
                    raise PhotoRejected(
                        msg(
                            "{name} says it is {kind} but is not.",
                            name=name,
                            kind=kind,
                        )
                    )
                width, height = probe.size
                if width * height > MAX_PIXELS:
                    raise PhotoRejected(
                        msg(
                            "{name} is {width}×{height} pixels, too large to be a photo (at most "
                            "{value} million pixels).",
                            name=name,
                            width=width,
                            height=height,
                            value=MAX_PIXELS // 1000000,
                        )
                    )
                probe.verify()
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                upright = ImageOps.exif_transpose(image) or image
                rgb = upright.convert("RGB")
    except PhotoRejected:
        raise
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
        raise PhotoRejected(
            msg(
                "{name} is built to exhaust memory when opened and was refused.",
                name=name,
            )
        ) from exc
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise PhotoRejected(
            msg("{name} is damaged or not a picture Talash can read.", name=name)
        ) from exc
    jpeg = _encode(rgb, STORED_LONG_SIDE)
    thumb = _encode(rgb, THUMB_LONG_SIDE)
    with Image.open(io.BytesIO(jpeg)) as stored:
        w, h = stored.size
    return NormalisedPhoto(jpeg, thumb, w, h, hashlib.sha256(jpeg).hexdigest())
