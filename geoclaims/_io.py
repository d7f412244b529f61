"""Safe writes for every file geoclaims makes (reports, maps, corpus tables).

One writer, used by :meth:`Report.save`, the command line's ``-o`` and the corpus
outputs, so every output behaves the same:

- :func:`check_output` checks a location *before* the work: its folder exists and can
  be written, it is not a folder, a special file that cannot take data, or a path too
  long for the file system. A command checks every output it will write first, so a
  bad ``--map`` path fails before the Parquet files are touched.
- A regular file is written to a temporary file in the same folder, then renamed over
  the target in one step: a reader never sees half a file. An existing file keeps its
  permission bits (and owner, when allowed); a new file gets the user's umask, like
  any file a program creates. A symbolic link is followed: its target is replaced,
  the link stays.
- A character device or a FIFO (``-o /dev/null``, ``-o /dev/stdout``, a named pipe)
  is written straight into, never replaced by a regular file. A block device or a
  socket is refused.
- :func:`write_set` writes several files as one set (the mentions, claims and errors
  tables of a scan): all temporary files are written first, then a small journal
  names them, then they are renamed. A run killed while writing leaves the previous
  set whole; one killed during the renames is completed by the next write of the set.
  Temporary files left by a killed process are removed by the next write to the same
  folder.
- Text with lone surrogates (which UTF-8 cannot encode) is written with U+FFFD in
  their place and a :class:`~geoclaims.GeoclaimsWarning`.
"""

from __future__ import annotations

import codecs
import contextlib
import errno
import json
import os
import re
import secrets
import stat
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from geoclaims._errors import (
    GeoclaimsError,
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    OutputError,
    quote,
    warn_at_caller,
)

__all__ = [
    "MAX_ARTICLE_BYTES",
    "InputFileError",
    "check_output",
    "clean_text",
    "read_regular",
    "write_bytes",
    "write_set",
    "write_text",
    "write_with",
]

#: Largest article read from a file, in bytes (32 MiB; news articles are a few KB).
#: :func:`geoclaims.corpus.scan` takes ``max_bytes=`` and the command line
#: ``--max-bytes`` to raise it.
MAX_ARTICLE_BYTES = 32 * 2**20

#: Ending of the temporary files this module makes (hidden: they start with a dot).
TMP_SUFFIX = ".geoclaims-tmp"
#: Ending of the journal of a set of files being renamed into place.
JOURNAL_SUFFIX = ".geoclaims-set"
_SURROGATES = re.compile("[\ud800-\udfff]")

Filler = Callable[[str], None]


#: Byte-order marks and the codec each one names, longest first (a UTF-32 LE mark starts
#: with the UTF-16 LE one): a text file that starts with one is read in that codec.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _fail(code: int, message: str, path: Any) -> OutputError:
    return OutputError.make(code, message, os.fspath(path) if path is not None else None)


def _as_path(path: Any) -> Path:
    if not isinstance(path, str | os.PathLike):
        msg = (
            f"An output path must be a str or path-like, not {type(path).__name__}: {quote(path)}."
        )
        raise InvalidTypeError(msg)
    text = os.fspath(path)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    if not text.strip():
        raise _fail(errno.ENOENT, "The output path is empty: give a file name.", None)
    if "\x00" in text:
        raise _fail(errno.EINVAL, f"The output path {quote(text)} holds a NUL character.", None)
    try:
        os.fsencode(text)
    except UnicodeEncodeError:
        msg = (
            f"The output path {quote(text)} holds characters the file system cannot encode "
            "(a lone surrogate?). Give a path of plain text."
        )
        raise _fail(errno.EINVAL, msg, None) from None
    return Path(text)


def check_output(path: Any) -> Path:
    """Check that `path` can be written, before any work is done.

    Parameters
    ----------
    path : str or path-like
        The file to write.

    Returns
    -------
    pathlib.Path
        `path` as a Path.

    Raises
    ------
    OutputError
        When the folder is missing or not writable, `path` is a folder, a block device
        or a socket, cannot be written, or is too long; the message quotes the path
        (cut) and says what to do.
    InvalidTypeError
        When `path` is not a str or path-like.

    Examples
    --------
    >>> check_output("no/such/folder/out.html")
    Traceback (most recent call last):
    ...
    geoclaims._errors.OutputError: Cannot write 'no/such/folder/out.html': the folder ...
    """
    target = _as_path(path)
    shown = quote(str(target))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _explain(exc, target) from exc
    if st is not None:
        if stat.S_ISDIR(st.st_mode):
            msg = f"Cannot write {shown}: it is a folder. Give a file name inside it."
            raise _fail(errno.EISDIR, msg, target)
        if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode):
            if not os.access(target, os.W_OK):
                msg = f"Cannot write {shown}: permission denied."
                raise _fail(errno.EACCES, msg, target)
            return target
        if not stat.S_ISREG(st.st_mode):
            msg = (
                f"Cannot write {shown}: it is a special file (a block device or a socket), "
                "which geoclaims never writes to. Give a regular file name."
            )
            raise _fail(errno.EINVAL, msg, target)
        if not os.access(target, os.W_OK):
            msg = f"Cannot write {shown}: the file is read-only (permission denied)."
            raise _fail(errno.EACCES, msg, target)
    folder = _real(target).parent
    if not folder.is_dir():
        where = quote(str(folder))
        msg = f"Cannot write {shown}: the folder {where} does not exist. Create it first."
        raise _fail(errno.ENOENT, msg, target)
    if not os.access(folder, os.W_OK | os.X_OK):
        msg = f"Cannot write {shown}: the folder {quote(str(folder))} is not writable."
        raise _fail(errno.EACCES, msg, target)
    return target


def _explain(exc: OSError, target: Path) -> OutputError:
    shown = quote(str(target))
    if exc.errno == errno.ENAMETOOLONG:
        msg = f"Cannot write {shown}: the path is too long ({len(str(target))} characters)."
    elif exc.errno == errno.ELOOP:
        msg = f"Cannot write {shown}: it is a loop of symbolic links."
    elif exc.errno == errno.ENOTDIR:
        msg = f"Cannot write {shown}: a part of the path is a file, not a folder."
    else:
        msg = f"Cannot write {shown}: {exc.strerror or exc}."
    return _fail(exc.errno or errno.EIO, msg, target)


def _real(target: Path) -> Path:
    """Follow a symbolic link to the file it names (the link itself stays)."""
    return Path(os.path.realpath(target)) if os.path.islink(target) else target


def _is_stream(target: Path) -> bool:
    """True for an existing character device or FIFO: written straight, never replaced."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


def clean_text(text: str) -> str:
    """Return `text` with lone surrogates replaced by U+FFFD, warning when there are any.

    Examples
    --------
    >>> clean_text("Kherson")
    'Kherson'
    """
    found = len(_SURROGATES.findall(text))
    if not found:
        return text
    msg = (
        f"The output holds {found} lone surrogate character(s) (text decoded with "
        "errors='surrogateescape'?), which UTF-8 cannot encode; each is written as U+FFFD."
    )
    warn_at_caller(msg, GeoclaimsWarning)
    return _SURROGATES.sub("\ufffd", text)


def write_text(path: Any, text: str) -> Path:
    """Write `text` as UTF-8 to `path` safely (see the module docstring).

    Returns
    -------
    pathlib.Path
        `path`.
    """
    if not isinstance(text, str):
        msg = f"Only text can be written here, not {type(text).__name__}."
        raise InvalidTypeError(msg)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = clean_text(text).encode("utf-8")
    return write_bytes(path, data)


def write_bytes(path: Any, data: bytes) -> Path:
    """Write `data` to `path` safely (see the module docstring)."""

    def fill(name: str) -> None:
        with open(name, "wb") as fh:
            fh.write(data)

    return write_with(path, fill)


def write_with(path: Any, fill: Filler) -> Path:
    """Write one file with `fill`, a function that writes the content to a path it is given.

    `fill` gets the temporary file's path (or the target itself for a character device
    or FIFO), so writers that take a path (``DataFrame.to_parquet``) work as they are.
    """
    return write_set([(path, fill)])[0]


def write_set(items: Sequence[tuple[Any, Filler]]) -> list[Path]:
    """Write several files as one set: either all are replaced, or none.

    Parameters
    ----------
    items : sequence of (path, fill)
        Each file and the function that writes its content to a given path.

    Returns
    -------
    list of Path
        The paths, in order.

    Raises
    ------
    OutputError
        When a location cannot be written (checked for all before any is written).
    """
    targets = [check_output(path) for path, _ in items]
    streams = [_is_stream(t) for t in targets]
    real = [_real(t) for t in targets]
    for folder in dict.fromkeys(r.parent for r, s in zip(real, streams, strict=True) if not s):
        _clean_folder(folder)
    temps: list[tuple[str, Path]] = []
    target = targets[0] if targets else None
    try:
        for (_, fill), target, stream in zip(items, real, streams, strict=True):
            if stream:
                continue
            tmp = _new_temp(target)
            temps.append((tmp, target))
            fill(tmp)
            _fsync(tmp)
        journal = _journal(temps) if len(temps) > 1 else None
    except BaseException as exc:
        # Nothing renamed yet: the previous files are untouched; drop the new ones.
        for tmp, _ in temps:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, GeoclaimsError) and target:
            # "/proc/version": a folder that passes the checks but takes no new file; the
            # error names the file asked for, not the temporary one beside it
            raise _explain(exc, target) from exc
        raise
    # Every new file is whole and the journal names them: from here a failure (or a
    # kill) after the first rename is completed by the next write to this folder, never
    # undone into a mix. A failure at the first rename leaves everything as it was.
    for done, (tmp, target) in enumerate(temps):
        try:
            os.replace(tmp, target)
        except BaseException as exc:
            if done == 0:
                for name in [t for t, _ in temps] + ([journal] if journal else []):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(name)
            if isinstance(exc, OSError) and not isinstance(exc, GeoclaimsError):
                raise _explain(exc, target) from exc
            raise
    if journal is not None:
        _fsync_dir(Path(journal).parent)
        os.unlink(journal)
    # Character devices and FIFOs last: a pipe's reader sees data only once the regular
    # files of the set are in place.
    for (_, fill), target, stream in zip(items, targets, streams, strict=True):
        if stream:
            fill(os.fspath(target))
    return targets


def _new_temp(target: Path) -> str:
    """Create an empty temporary file beside `target` with the mode it should end with."""
    name = f".{target.name[:100]}.{os.getpid()}.{secrets.token_hex(4)}{TMP_SUFFIX}"
    tmp = os.fspath(target.parent / name)
    try:
        old = os.stat(target)
    except FileNotFoundError:
        old = None
    # os.open applies the umask to 0o666: a new file gets the mode any program would give.
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    try:
        if old is not None:
            os.fchmod(fd, stat.S_IMODE(old.st_mode))
            with contextlib.suppress(OSError):
                os.fchown(fd, old.st_uid, old.st_gid)
    finally:
        os.close(fd)
    return tmp


def _journal(temps: list[tuple[str, Path]]) -> str:
    first = temps[0][1]
    journal = os.fspath(first.parent / f".{first.name[:100]}{JOURNAL_SUFFIX}")
    record = [[tmp, os.fspath(target)] for tmp, target in temps]
    with open(journal, "w", encoding="utf-8") as fh:
        json.dump(record, fh)
        fh.flush()
        os.fsync(fh.fileno())
    return journal


def _clean_folder(folder: Path) -> None:
    """Finish an interrupted set of renames, and remove temporary files of dead runs."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(".") and name.endswith(JOURNAL_SUFFIX):
            _roll_forward(folder / name)
    for name in names:
        if not (name.startswith(".") and name.endswith(TMP_SUFFIX)):
            continue
        parts = name[: -len(TMP_SUFFIX)].rsplit(".", 2)
        if len(parts) == 3 and parts[1].isdigit() and not _alive(int(parts[1])):
            with contextlib.suppress(OSError):
                os.unlink(folder / name)


def _roll_forward(journal: Path) -> None:
    """Complete the renames a killed run had started: its temporary files were whole."""
    try:
        record = json.loads(journal.read_text(encoding="utf-8"))
        for tmp, target in record:
            if os.path.exists(tmp):
                os.replace(tmp, target)
        os.unlink(journal)
    except (OSError, ValueError, TypeError):  # a journal we cannot use: leave it
        return


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync(name: str) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(name, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


class InputFileError(InvalidInputError):
    """An input file that is not read: ``reason`` says why (as in a scan's errors table).

    ``reason`` is ``"unreadable"`` (missing, a dangling link, a loop of links, no
    permission), ``"not_a_file"`` (a folder, FIFO, device or socket: never opened) or
    ``"too_large"`` (over the size limit). The message does not repeat the path.
    """

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _too_large(size: str, limit: int) -> InputFileError:
    msg = (
        f"is {size}, over the limit of {limit:,} bytes per article; pass max_bytes=... "
        "(--max-bytes on the command line) to raise it"
    )
    return InputFileError("too_large", msg)


def read_regular(path: Any, limit: int = MAX_ARTICLE_BYTES) -> bytes:
    """Read a regular file of at most `limit` bytes, never opening anything else.

    FIFOs, devices (``/dev/zero``), sockets and folders are refused without being
    opened (a FIFO would block, a device never end); a file is opened non-blocking and
    checked again once open, and at most ``limit + 1`` bytes are read.

    Raises
    ------
    InputFileError
        With ``reason`` "unreadable", "not_a_file" or "too_large".
    """
    name = os.fspath(path)
    try:
        st = os.stat(name)
    except FileNotFoundError:
        if os.path.islink(name):
            target = os.readlink(name)
            msg = f"is a dangling symbolic link (to {quote(target)}, which does not exist)"
            raise InputFileError("unreadable", msg) from None
        raise InputFileError("unreadable", "does not exist") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            msg = "is a loop of symbolic links; it was not opened"
        elif exc.errno == errno.ENAMETOOLONG:
            msg = f"has a path too long for the file system ({len(name)} characters)"
        else:
            msg = f"cannot be read: {exc.strerror or exc}"
        raise InputFileError("unreadable", msg) from exc
    if not stat.S_ISREG(st.st_mode):
        msg = f"is {_kind(st.st_mode)}, not a regular file; it was not opened"
        raise InputFileError("not_a_file", msg)
    if st.st_size > limit:
        raise _too_large(f"{st.st_size:,} bytes", limit)
    try:
        fd = os.open(name, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise InputFileError("unreadable", f"cannot be read: {exc.strerror or exc}") from exc
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno()).st_mode
        if not stat.S_ISREG(mode):  # swapped for something else since the check
            msg = f"is {_kind(mode)}, not a regular file; it was not read"
            raise InputFileError("not_a_file", msg)
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise _too_large(f"more than {limit:,} bytes", limit)
    return data


#: A text that is an HTML page: a doctype or an html, head or body tag first.
_HTML_PAGE = re.compile(
    r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def guess_encoding(data: bytes) -> str | None:
    """The encoding charset-normalizer finds most likely for the bytes, or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - requests brings it
        return None
    matches = list(from_bytes(data[:65536]))
    if not matches:
        return None
    # among the readings as clean as the best, the code page text is most often saved in
    # (charset-normalizer ranks DOS code pages first on short Western text: "Région" is
    # not cp857's "RÚgion")
    least = min(m.chaos for m in matches)
    clean = {m.encoding for m in matches if m.chaos <= least + 0.01}
    return next((e for e in COMMON_ENCODINGS if e in clean), matches[0].encoding)


#: Encodings by how often text is saved in them, as charset-normalizer names them.
COMMON_ENCODINGS = (
    "utf_8", "utf_16", "utf_32", "cp1252", "cp1251", "latin_1", "iso8859_15", "cp1250",
    "koi8_r", "koi8_u", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "iso8859_2",
    "iso8859_5", "mac_cyrillic", "cp866",
)  # fmt: skip


def html_page_text(text: str) -> str | None:
    """The text an HTML page shows (its body, without scripts and styles), else None.

    None when `text` is no HTML page. Block elements (paragraphs, headings, list items,
    table rows, line breaks) end lines, so a dateline in its own ``<p>`` stays one; the
    character references are read (``18&#37;`` is "18%").
    """
    if not _HTML_PAGE.match(text):
        return None
    import html.parser

    blocks = {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section",
        "article", "header", "footer", "blockquote", "title", "figcaption", "td", "th",
    }  # fmt: skip
    hidden = {"script", "style", "noscript", "template", "svg", "head"}

    class _Text(html.parser.HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skip = 0

        def handle_starttag(self, tag: str, attrs: Any) -> None:
            if tag in hidden:
                self.skip += 1
            elif tag in blocks:
                self.parts.append("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in hidden:
                self.skip = max(0, self.skip - 1)
            elif tag in blocks:
                self.parts.append("\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self.parts.append(data)

    parser = _Text()
    parser.feed(text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).splitlines())
    return "\n\n".join(line for line in lines if line)


#: Suffixes of other formats than an HTML page: a page saved so would mislead.
NOT_HTML_SUFFIXES = (
    ".png", ".jpg", ".jpeg", ".pdf", ".svg", ".csv", ".json", ".geojson", ".parquet",
)


def refuse_not_html(path: Any, what: str) -> None:
    """Raise InvalidInputError when `path` ends in another format's suffix than HTML's."""
    suffix = os.path.splitext(os.fspath(path))[1].lower()
    if suffix in NOT_HTML_SUFFIXES:
        msg = (
            f"{quote(os.fspath(path))}: {what} is an HTML page, not {suffix}; end the name in "
            ".html"
        )
        raise InvalidInputError(msg)
