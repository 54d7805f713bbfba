"""Compiled (numba) tokenize + hash + n-gram pass of the near-dup fast path, over a batch's UTF-8 buffer.

Kept apart from ``dedup.minhash`` so that importing ``dedup`` does not import numba; the compiled
kernel is cached on disk next to this file (``__pycache__``) and reloaded in later processes.
Tokens follow ``dedup.minhash.TOKEN_PATTERN`` exactly, so the shingle sets equal the reference's.
"""

from __future__ import annotations

import numpy as np
from numba import njit

# byte classes of the token pattern: 0 separates tokens, 1 is a word byte (every byte of a non-ASCII
# character too), 2 is a one-byte punctuation token
BYTE_CLASS = np.zeros(256, dtype=np.uint8)
BYTE_CLASS[[ord(c) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_"]] = 1
BYTE_CLASS[0x80:] = 1
BYTE_CLASS[[b for b in range(0x21, 0x7F) if BYTE_CLASS[b] == 0]] = 2

_FNV_PRIME = np.uint64(0x100000001B3)  # FNV-1a over a token's bytes
_FNV_BASIS = np.uint64(0xCBF29CE484222325)
_MIX1, _MIX2, _SHIFT = np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53), np.uint64(33)


@njit(inline="always")
def _finalise(x):
    """murmur3's 64-bit finaliser: every input bit affects every output bit."""
    x ^= x >> _SHIFT
    x *= _MIX1
    x ^= x >> _SHIFT
    x *= _MIX2
    x ^= x >> _SHIFT
    return x


@njit(nogil=True, cache=True)
def _kernel(data, offsets, byte_class, ngram, seed, multipliers):
    docs = len(offsets) - 1
    out = np.empty(max(offsets[docs] - offsets[0], 1), dtype=np.uint64)  # at most one shingle per byte
    rows = np.zeros(docs + 1, dtype=np.uint64)
    window = np.zeros(ngram, dtype=np.uint64)  # the last ``ngram`` token hashes, oldest first
    basis = _finalise(seed ^ _FNV_BASIS)
    count = 0
    for doc in range(docs):
        tokens = 0
        at, end = offsets[doc], offsets[doc + 1]
        while at < end:
            kind = byte_class[data[at]]
            if kind == 0:
                at += 1
                continue
            token = (basis ^ np.uint64(data[at])) * _FNV_PRIME
            at += 1
            if kind == 1:
                while at < end and byte_class[data[at]] == 1:
                    token = (token ^ np.uint64(data[at])) * _FNV_PRIME
                    at += 1
            if tokens < ngram:
                window[tokens] = _finalise(token)
            else:  # shift rather than index a ring: no integer division per token
                for k in range(ngram - 1):
                    window[k] = window[k + 1]
                window[ngram - 1] = _finalise(token)
            tokens += 1
            if tokens >= ngram:
                combined = np.uint64(0)
                for k in range(ngram):
                    combined += multipliers[k] * window[k]
                out[count] = _finalise(combined)
                count += 1
        if 0 < tokens < ngram:  # a short document is one shingle of all its tokens
            combined = np.uint64(0)
            for k in range(tokens):
                combined += multipliers[k] * window[k]
            out[count] = _finalise(combined)
            count += 1
        rows[doc + 1] = count
    return out[:count], rows


def ngram_hashes(data: np.ndarray, offsets: np.ndarray, ngram: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat uint64 n-gram hashes of documents ``data[offsets[i]:offsets[i + 1]]`` and their row offsets.

    A token's hash is seeded FNV-1a over its bytes, finalised; an n-gram's is the sum of unrelated odd
    multipliers times its token hashes (order matters), finalised. Repeated n-grams repeat in the
    output; MinHash ignores repeats.
    """
    return _kernel(data, offsets, BYTE_CLASS, ngram, np.uint64(seed), _multipliers(ngram))


def _multipliers(ngram: int) -> np.ndarray:
    """Odd splitmix64 outputs: unrelated multipliers, so that no small integer combination of them vanishes
    (an arithmetic progression such as 1, 3, 5, 7, 9 would make ``x y y x`` patterns collide)."""
    mask, state, out = 2**64 - 1, 0, []
    for _ in range(ngram):
        state = (state + 0x9E3779B97F4A7C15) & mask
        z = ((state ^ (state >> 30)) * 0xBF58476D1CE4E5B9) & mask
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & mask
        out.append((z ^ (z >> 31)) | 1)
    return np.array(out, dtype=np.uint64)
