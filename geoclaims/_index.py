"""Indexes kept in the user cache, so a process loads them instead of building them.

Building the gazetteer (:func:`geoclaims.text.gazetteer._build`) reads every name table
and takes seconds; loading the stored copy takes about a tenth of a second. The copy
lives in ``<cache root>/index/names-<digest>.pickle`` (see :func:`geoclaims._cache.
cache_root`; ``GEOCLAIMS_CACHE_DIR`` overrides the folder). The boundaries' name table
with its normalised forms and look-up positions (:func:`geoclaims.boundaries._names`)
is kept the same way, as ``boundary-names-<digest>.pickle``, and the automaton over the
Cyrillic keys, loaded only for texts in Cyrillic, as ``cyrillic-names-<digest>.pickle``
(:class:`geoclaims.text.gazetteer._CyrillicAutomaton`). The digest covers the
content of every data file the index is built from, the source of the code that builds
it, the geoclaims, pyahocorasick and Python versions: any change gives a new file name,
so a stale index is never read. The CRC-32 of each file is kept beside the indexes
(``file-crcs.json``, by path, size, modification time and inode), so a cold start reads
no data file just to name its index. A file whose header does not name this digest, whose
checksum fails or that does not load is rebuilt and replaced (with a log line). Files
are written through :func:`geoclaims._io.write_bytes` (a temporary file renamed into
place), so a reader never sees half a file. The file is the user's own, like any
cache: it is a pickle and is trusted as such once its checksum holds.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import logging
import marshal
import os
import pickle
import sys
import zlib
from array import array
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Bump when the stored layout or the normalisation of keys changes (2: CRC-32 checksums;
#: 3: packed rows and keys; 4: ı, ł, ø, đ, æ and their kin folded to plain letters;
#: 5: keys as one string and their end offsets).
FORMAT = 5
_SUFFIX = ".pickle"
# The boundary data files (in boundaries._data_dir) the gazetteer reads; the optional
# ones are hashed when present.
_DATA_FILES = ("names.csv", "units.parquet", "cities.csv", "countries.csv")
_OPTIONAL_DATA_FILES = ("areas.csv", "city_names.csv", "places.csv", "place_names.csv")


def data_dir() -> Path | None:
    """The boundary data folder, found as :func:`geoclaims.boundaries._data_dir` does.

    Repeated here so that loading the index does not import geopandas; None when no
    folder has the data (the build then raises boundaries' own error).
    """
    env = os.environ.get("GEOCLAIMS_DATA_DIR")
    if env:
        return Path(env) if (Path(env) / "units.parquet").is_file() else None
    here = Path(__file__).resolve().parent
    for path in (here / "_data", here.parent / "data" / "boundaries"):
        if (path / "units.parquet").is_file():
            return path
    return None


def _sources() -> list[Path]:
    """The code that decides what goes into the name index."""
    pkg = Path(__file__).resolve().parent
    lang = sorted((pkg / "text" / "lang").glob("*.py"))
    return [
        pkg / "_normalize.py",
        pkg / "boundaries.py",
        pkg / "text" / "gazetteer.py",
        pkg / "text" / "data" / "capitals.csv",
        *lang,
    ]


def digest(
    data_files: Sequence[str] | None = None, sources: Sequence[Path] | None = None
) -> str | None:
    """A digest of everything an index is built from; None without the data.

    The name index's data files and code by default; ``data_files`` (names in the data
    folder) and ``sources`` (code files) for another index.
    """
    folder = data_dir()
    if folder is None:
        return None
    from importlib.metadata import version

    from geoclaims import __version__

    h = hashlib.blake2b(digest_size=16)
    h.update(f"{FORMAT}|{__version__}|{version('pyahocorasick')}|{sys.version_info[:2]}".encode())
    if data_files is None:
        files = [folder / n for n in _DATA_FILES]
        files += [folder / n for n in _OPTIONAL_DATA_FILES if (folder / n).is_file()]
    else:
        files = [folder / n for n in data_files]
    known = _known_crcs()
    fresh = False
    for path in [*files, *(_sources() if sources is None else sources)]:
        h.update(f"|{path.name}|".encode())
        # Size and CRC-32 of the content, so an edited or replaced file gives a new key
        # and a copy of the same content the same key. The CRC of a file whose size,
        # modification time and inode are as when it was last read is taken from the
        # cache folder (:func:`_known_crcs`): reading the 8 MB of data on every cold
        # start cost some 40 ms.
        st = path.stat()
        stamp = [st.st_size, st.st_mtime_ns, st.st_ino]
        entry = known.get(str(path))
        if entry is not None and entry[:3] == stamp:
            crc = entry[3]
        else:
            crc = _file_crc(path)
            known[str(path)] = [*stamp, crc]
            fresh = True
        h.update(f"{st.st_size}:{crc:08x}".encode())
    if fresh:
        _store_crcs(known)
    return h.hexdigest()


def _file_crc(path: Path) -> int:
    crc = 0
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


_CRCS = "file-crcs.json"


def _known_crcs() -> dict[str, list[int]]:
    """Path -> [size, mtime_ns, inode, CRC-32] of files read before, from the cache folder.

    An unreadable or malformed file counts as empty (every CRC is computed again).
    """
    import json

    from geoclaims._cache import cache_root

    try:
        known = json.loads((cache_root() / "index" / _CRCS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(known, dict):
        return {}
    return {
        k: v
        for k, v in known.items()
        if isinstance(v, list) and len(v) == 4 and all(type(x) is int for x in v)
    }


def _store_crcs(known: dict[str, list[int]]) -> None:
    import json

    from geoclaims._cache import cache_root
    from geoclaims._io import write_bytes

    folder = cache_root() / "index"
    if not folder.is_dir():  # made by the first index stored; kept from the next run on
        return
    known = {k: v for k, v in known.items() if os.path.exists(k)}  # forget removed files
    try:
        write_bytes(folder / _CRCS, json.dumps(known, sort_keys=True).encode())
    except OSError as exc:  # a read-only cache folder: the CRCs are computed each time
        log.info("file checksums not stored in %s (%s)", folder, exc)


def index_path(key: str, kind: str = "names") -> Path:
    """Where the index of ``kind`` with digest `key` is stored.

    Kinds: "names", "cyrillic-names", "boundary-names".
    """
    from geoclaims._cache import cache_root

    return cache_root() / "index" / f"{kind}-{key}{_SUFFIX}"


_MAGIC = b"geoclaims name index\n"


def _checksum(body: bytes) -> bytes:
    """CRC-32 of `body` as 32 hex digits (zero-padded, the header's fixed width).

    The checksum guards against a cut-short or damaged file, not a forged one (the file
    is the user's own), and CRC-32 runs several times faster than a cryptographic hash
    over the 30 MB of the name index, which every cold command reads.
    """
    return f"{zlib.crc32(body):032x}".encode()


def _load(path: Path, key: str) -> Any:
    """The payload stored in `path`; ValueError unless its header and checksum hold.

    The checksum is checked before unpickling, so a cut-short or damaged file never
    reaches pyahocorasick's loader. The body is checked and unpickled as a stream, so
    the file's bytes are never held whole beside what they unpickle to (the peak memory
    of a first ``find_regions``).
    """
    head = len(_MAGIC) + 2 * 33
    with open(path, "rb") as fh:
        start = fh.read(head)
        if not start.startswith(_MAGIC) or len(start) < head:
            raise ValueError("not a geoclaims name index")
        stored_key, checksum = start[len(_MAGIC) : head].split(b"\n")[:2]
        if stored_key != f"{key}".encode():
            raise ValueError("built from other data")
        crc = 0
        while chunk := fh.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
        if f"{crc:032x}".encode() != checksum:
            raise ValueError("damaged: its checksum does not match")
        fh.seek(head)
        # Unpickling allocates hundreds of thousands of objects, none of them garbage:
        # without the collector's passes over them it takes a third less time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            stored = pickle.load(fh)
        finally:
            if collecting:
                gc.enable()
    if not (isinstance(stored, dict) and stored.get("format") == FORMAT):
        raise ValueError("not a geoclaims name index of this format")
    return stored["payload"]


def _store(path: Path, key: str, payload: Any, kind: str = "names") -> None:
    from geoclaims._io import write_bytes

    body = pickle.dumps({"format": FORMAT, "payload": payload}, protocol=pickle.HIGHEST_PROTOCOL)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes(path, b"".join([_MAGIC, key.encode(), b"\n", _checksum(body), b"\n", body]))
    # Indexes of other data or versions are never read again.
    for old in path.parent.glob(f"{kind}-*{_SUFFIX}"):
        if old != path:
            old.unlink(missing_ok=True)


def load_or_build(
    build: Callable[[], Any],
    to_payload: Callable[[Any], Any],
    from_payload: Callable[[Any], Any],
    check: Callable[[Any], bool],
    kind: str = "names",
    key: str | None = None,
) -> Any:
    """The index from the cache, or `build()` stored there (when the folder allows).

    Parameters
    ----------
    build : callable
        Builds the index from the data.
    to_payload, from_payload : callable
        Turn the index into what is pickled, and back.
    check : callable
        True when a loaded index is whole (its parts agree in length...).
    kind : str, default "names"
        Which index: the start of its file name.
    key : str, optional
        Its digest; :func:`digest` of the name index's data and code by default.
    """
    key = digest() if key is None else key
    if key is None:
        return build()
    path = index_path(key, kind)
    if path.is_file():
        try:
            index = from_payload(_load(path, key))
            if not check(index):
                raise ValueError("its parts do not agree")
        except Exception as exc:  # a cut-short or foreign file: never trusted
            log.info("%s index %s cannot be used (%s); rebuilding it", kind, path, exc)
        else:
            log.debug("%s index loaded from %s", kind, path)
            return index
    index = build()
    try:
        _store(path, key, to_payload(index), kind)
    except Exception as exc:  # a read-only or full cache folder: work without it
        log.info("%s index not stored in %s (%s)", kind, path.parent, exc)
    else:
        log.info("%s index built and stored in %s", kind, path)
    return index


class _Packed(Sequence):
    """A sequence whose items are decoded from one buffer when asked for (``_item``)."""

    __slots__ = ()

    def _item(self, i: int) -> Any:
        raise NotImplementedError

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self._item(j) for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(f"{type(self).__name__} index out of range")
        return self._item(i)


class PackedStrings(_Packed):
    """Strings kept as one string and an array of their end offsets.

    The gazetteer's 150,000 name keys as a list of str objects take ten times the memory
    of one string holding them all (each str carries ~50 bytes of object header), and
    several times longer to unpickle. ``keys[i]`` slices the one string when asked for.
    Built with :meth:`pack`; equal to a list of the same strings.
    """

    __slots__ = ("_ends", "_lengths", "_text")

    def __init__(self, text: str, ends: array) -> None:
        self._text, self._ends = text, ends
        self._lengths: array | None = None

    def lengths(self) -> array:
        """The length of every string, in order (computed once: a C array to index)."""
        if self._lengths is None:
            ends = self._ends
            self._lengths = array("q", [ends[0]] if ends else [])
            self._lengths.extend(b - a for a, b in itertools.pairwise(ends))
        return self._lengths

    @classmethod
    def pack(cls, values: Sequence[str]) -> PackedStrings:
        """The strings `values`, as a :class:`PackedStrings`."""
        ends = array("q")
        total = 0
        for value in values:
            total += len(value)
            ends.append(total)
        return cls("".join(values), ends)

    def __reduce__(self) -> tuple:
        return (PackedStrings, (self._text, self._ends))

    def __len__(self) -> int:
        return len(self._ends)

    def _item(self, i: int) -> str:
        return self._text[self._ends[i - 1] if i else 0 : self._ends[i]]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedStrings):
            return self._text == other._text and self._ends == other._ends
        if isinstance(other, Sequence) and not isinstance(other, str):
            return len(other) == len(self) and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # like a list


class PackedRows(_Packed):
    """Rows of plain values (tuples, str, int, bool, None) marshalled into one buffer.

    Unpickling one bytes object and an array of offsets costs next to nothing, where
    unpickling a list of 100,000 small tuples takes a tenth of a second; a row is
    decoded when asked for. Built with :meth:`pack`.
    """

    __slots__ = ("_blob", "_offsets")

    def __init__(self, blob: bytes, offsets: array) -> None:
        self._blob, self._offsets = blob, offsets

    @classmethod
    def pack(cls, rows: Sequence[Any]) -> PackedRows:
        """Marshal every row: the rows back, as a :class:`PackedRows`."""
        parts = [marshal.dumps(row) for row in rows]
        offsets = array("q", [0])
        total = 0
        for part in parts:
            total += len(part)
            offsets.append(total)
        return cls(b"".join(parts), offsets)

    def __reduce__(self) -> tuple:
        return (PackedRows, (self._blob, self._offsets))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def _item(self, i: int) -> Any:
        return marshal.loads(self._blob[self._offsets[i] : self._offsets[i + 1]])


class LazyTuples(Sequence):
    """``rows[i]`` made into a tuple of ``make(row)`` the first time it is asked for."""

    __slots__ = ("_made", "_make", "_rows")

    def __init__(self, rows: Sequence[tuple[tuple, ...]], make: Callable[[tuple], Any]) -> None:
        self._rows = rows
        self._make = make
        self._made: dict[int, tuple] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        made = self._made.get(i)
        if made is None:
            made = self._made[i] = tuple(map(self._make, self._rows[i]))
        return made
