"""Near-duplicates: the same dispatch republished with small changes (a dateline, a byline, a
"Lire aussi" line, a retouched sentence).

An article's text is folded (case, accents, apostrophes) and cut into overlapping word
shingles; a MinHash (``datasketch``) of those shingles estimates the Jaccard similarity of
two texts. For lookup in the database the signature is cut into ``BANDS`` bands whose hashes
are indexed (locality-sensitive hashing): two texts that share a band are candidates, and
only candidates are compared. With 16 bands of 4 values, texts at similarity 0.7 share a band
with probability 0.99 (0.8: > 0.999), texts at 0.3 with probability ~0.12. Word triples keep two
versions of one dispatch above 0.8 after a dateline and a retouched phrase, while two articles
about the same company share a few percent.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np
from datasketch import MinHash

from accords.read.entities import fold

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
NEAR_DUPLICATE = 0.7  # estimated Jaccard similarity from which a text is a republication
WINDOW_DAYS = 10  # republications appear within days of the original
MIN_WORDS = 40  # shorter texts are too short to tell a republication from a similar brief

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> set[bytes]:
    """The text's overlapping runs of ``size`` folded words."""
    words = _WORD.findall(fold(text))
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i:i + size]).encode() for i in range(len(words) - size + 1)}


def fingerprint(text: str) -> bytes | None:
    """The MinHash signature of the text (``NUM_PERM`` uint32 values), or None for a text too short."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    m = MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
    m.update_batch(list(shingles(text)))
    return m.hashvalues.astype("<u4").tobytes()


def similarity(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures."""
    x, y = np.frombuffer(a, dtype="<u4"), np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / len(x)


def band_keys(signature: bytes) -> list[int]:
    """One signed 63-bit key per band (band number and its values hashed): equal keys, equal band."""
    width = ROWS * 4
    return [int.from_bytes(hashlib.blake2b(bytes([i]) + signature[i * width:(i + 1) * width], digest_size=8)
                           .digest(), "big") >> 1 for i in range(BANDS)]
