"""The name index stored in the user cache gives exactly what a fresh build gives."""

from __future__ import annotations

import json
import logging
import os
import pickle
import random
from pathlib import Path

import pandas as pd
import pytest

from geoclaims import _index
from geoclaims.text import find_claims, find_regions, gazetteer, mentions

DATA = Path(__file__).parent / "data"


def _texts() -> list[tuple[str, str | None]]:
    rows = []
    for name in ("labelled_mentions.jsonl", "heldout_mentions.jsonl"):
        for line in (DATA / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                rows.append((row["text"], row.get("country")))
    return rows


def _corpus(n: int = 2000, seed: int = 7) -> list[str]:
    """``n`` articles of 3 to 8 sentences drawn from the labelled sets, shuffled."""
    rng = random.Random(seed)
    sentences = [t for t, _ in _texts()]
    return ["\n".join(rng.choices(sentences, k=rng.randint(3, 8))) for _ in range(n)]


def _outputs(items: list[tuple[str, str | None]]) -> tuple[pd.DataFrame, list]:
    mentions._resolve.cache_clear()
    frames, claims = [], []
    for i, (text, country) in enumerate(items):
        frames.append(find_regions(text, country=country).assign(item=i))
        claims.append(find_claims(text))
    return pd.concat(frames, ignore_index=True), claims


def _fresh_index(folder: Path, monkeypatch) -> None:
    monkeypatch.setenv("GEOCLAIMS_CACHE_DIR", str(folder))
    gazetteer._gazetteer.cache_clear()


@pytest.fixture
def restore_index():
    yield
    gazetteer._gazetteer.cache_clear()
    mentions._resolve.cache_clear()


def test_cached_index_gives_the_same_outputs(tmp_path, monkeypatch, restore_index):
    items = _texts() + [(t, None) for t in _corpus()]
    _fresh_index(tmp_path, monkeypatch)
    built = gazetteer._gazetteer()
    assert isinstance(built.candidates, list)  # built here, not loaded
    stored = list((tmp_path / "index").glob("names-*.pickle"))
    assert len(stored) == 1
    frame_built, claims_built = _outputs(items)

    gazetteer._gazetteer.cache_clear()
    loaded = gazetteer._gazetteer()
    assert isinstance(loaded.candidates, _index.LazyTuples)  # read from the file
    frame_loaded, claims_loaded = _outputs(items)

    assert len(frame_built) > 5000  # the corpus names many places
    pd.testing.assert_frame_equal(frame_loaded, frame_built)
    assert claims_loaded == claims_built
    assert loaded.keys == built.keys
    assert [loaded.candidates[i] for i in range(len(built.keys))] == built.candidates
    assert (loaded.units, loaded.capitals, loaded.acronyms) == (
        built.units,
        built.capitals,
        built.acronyms,
    )


@pytest.fixture(scope="module")
def stored_index(tmp_path_factory) -> bytes:
    """The bytes of an index file as stored by a build."""
    folder = tmp_path_factory.mktemp("cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GEOCLAIMS_CACHE_DIR", str(folder))
        gazetteer._gazetteer.cache_clear()
        gazetteer._gazetteer()
        gazetteer._gazetteer.cache_clear()
    (path,) = (folder / "index").glob("names-*.pickle")
    return path.read_bytes()


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: b"not a pickle at all",
        lambda data: data[:-5000] + bytes(b ^ 0x5A for b in data[-5000:]),  # bit rot
        lambda data: data[:-10],  # the pickle's end missing
    ],
)
def test_a_damaged_index_file_is_rebuilt(
    tmp_path, monkeypatch, restore_index, caplog, damage, stored_index
):
    _fresh_index(tmp_path, monkeypatch)
    path = _index.index_path(_index.digest())
    path.parent.mkdir(parents=True)
    path.write_bytes(damage(stored_index))
    with caplog.at_level(logging.INFO, logger="geoclaims._index"):
        gaz = gazetteer._gazetteer()
    assert "rebuilding" in caplog.text
    assert isinstance(gaz.candidates, list)
    assert find_regions("Shelling in the Donetsk region.")["unit_id"].tolist() == ["UA-14"]
    assert len(gaz.keys) == len(gaz.candidates) > 10_000


def test_an_index_of_other_data_is_not_trusted(tmp_path, monkeypatch, restore_index, caplog):
    """A file under the right name whose header names another digest is rebuilt."""
    _fresh_index(tmp_path, monkeypatch)
    key = _index.digest()
    path = _index.index_path(key)
    path.parent.mkdir(parents=True)
    import pickle

    body = pickle.dumps({"format": _index.FORMAT, "payload": ()})
    path.write_bytes(_index._MAGIC + b"0" * 32 + b"\n" + _index._checksum(body) + b"\n" + body)
    with caplog.at_level(logging.INFO, logger="geoclaims._index"):
        gaz = gazetteer._gazetteer()
    assert "rebuilding" in caplog.text
    assert isinstance(gaz.candidates, list)
    gazetteer._gazetteer.cache_clear()
    assert isinstance(gazetteer._gazetteer().candidates, _index.LazyTuples)


def test_the_digest_follows_the_data(tmp_path, monkeypatch):
    from geoclaims import boundaries

    assert _index.data_dir() == boundaries._data_dir()
    before = _index.digest()
    folder = tmp_path / "data"
    folder.mkdir()
    for f in _index.data_dir().iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    monkeypatch.setenv("GEOCLAIMS_DATA_DIR", str(folder))
    assert _index.digest() == before  # same content, same key
    with open(folder / "cities.csv", "a", encoding="utf-8") as fh:
        fh.write("\n")
    assert _index.digest() != before


def test_a_read_only_cache_folder_still_works(tmp_path, monkeypatch, restore_index):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _fresh_index(blocker, monkeypatch)  # the cache "folder" is a file: nothing can be stored
    gaz = gazetteer._gazetteer()
    assert isinstance(gaz.candidates, list)
    assert find_regions("Kherson")["unit_id"].tolist() == ["UA-65"]


def test_corpus_workers_load_the_index_the_driver_built(tmp_path, monkeypatch, restore_index):
    """scan builds the index before its workers start; a new process then only loads it."""
    import subprocess
    import sys

    from geoclaims import corpus

    _fresh_index(tmp_path, monkeypatch)
    corpus._prepare_index()
    assert len(list((tmp_path / "index").glob("names-*.pickle"))) == 1
    probe = (
        "from geoclaims.text import _gazetteer;"
        "print(type(_gazetteer().candidates).__name__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "LazyTuples"


def test_the_boundary_name_table_loads_as_built(tmp_path, monkeypatch):
    """boundaries' names table and row positions, stored and loaded, equal a fresh build."""
    from geoclaims import boundaries

    monkeypatch.setenv("GEOCLAIMS_CACHE_DIR", str(tmp_path))
    boundaries._name_tables.cache_clear()
    try:
        built = boundaries._name_tables()
        assert len(list((tmp_path / "index").glob("boundary-names-*.pickle"))) == 1
        boundaries._name_tables.cache_clear()
        loaded = boundaries._name_tables()
    finally:
        boundaries._name_tables.cache_clear()
    assert loaded is not built
    pd.testing.assert_frame_equal(loaded[0], built[0])
    for tier in ("norm", "key"):
        # the reference: pandas' own grouping of the built table
        expected = built[0].reset_index(drop=True).groupby(tier, sort=False).indices
        for tables in (built, loaded):
            positions = tables[1][tier]
            assert set(positions) == set(expected)
            for value, rows in expected.items():
                assert positions.get(value).tolist() == rows.tolist()
        assert loaded[1][tier].get("no such name") is None


def test_stored_checksums_follow_edits(tmp_path, monkeypatch):
    """CRCs kept in the cache folder are reused only for an unchanged file."""
    folder = tmp_path / "data"
    folder.mkdir()
    for f in _index.data_dir().iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    monkeypatch.setenv("GEOCLAIMS_DATA_DIR", str(folder))
    monkeypatch.setenv("GEOCLAIMS_CACHE_DIR", str(tmp_path / "cache"))
    (tmp_path / "cache" / "index").mkdir(parents=True)
    before = _index.digest()
    known = _index._known_crcs()
    assert str(folder / "cities.csv") in known  # stored for the next process
    assert _index.digest() == before
    # same size, other content: a new key even though a CRC is stored for the file
    data = bytearray((folder / "cities.csv").read_bytes())
    data[-2] = ord("x") if data[-2] != ord("x") else ord("y")
    path = folder / "cities.csv"
    stat = path.stat()
    path.write_bytes(bytes(data))
    # a later edit (file systems with coarse timestamps could otherwise give the same one)
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    assert _index.digest() != before


def test_packed_rows_give_back_the_rows():
    rows = [(("city", "UA-14", "UKR", "Donetsk", 900_000, True, False),), (), (("a", None),)]
    packed = _index.PackedRows.pack(rows)
    assert len(packed) == 3
    assert [packed[i] for i in range(3)] == rows == packed[:]
    assert packed[-1] == rows[-1]
    with pytest.raises(IndexError):
        packed[3]


def test_packed_strings_give_back_the_strings():
    packed = _index.PackedStrings.pack(["a b", "", "x\ny", "ключ"])
    assert list(packed) == ["a b", "", "x\ny", "ключ"] and packed == ["a b", "", "x\ny", "ключ"]
    assert packed[-1] == "ключ" and packed[1:3] == ["", "x\ny"] and len(packed) == 4
    assert pickle.loads(pickle.dumps(packed)) == packed and packed != ["a b"]
    with pytest.raises(IndexError):
        packed[4]
    assert list(_index.PackedStrings.pack([])) == []
    assert list(packed.lengths()) == [3, 0, 3, 4] and packed.lengths() is packed.lengths()
    assert list(_index.PackedStrings.pack([]).lengths()) == []


def test_the_driver_of_worker_processes_does_not_load_a_stored_index(
    tmp_path, monkeypatch, restore_index
):
    from geoclaims import corpus

    _fresh_index(tmp_path, monkeypatch)
    corpus._prepare_index(loaded=False)  # none stored yet: built and stored here
    assert len(list((tmp_path / "index").glob("names-*.pickle"))) == 1
    assert len(list((tmp_path / "index").glob("cyrillic-names-*.pickle"))) == 1
    gazetteer._gazetteer.cache_clear()
    corpus._prepare_index(loaded=False)  # stored: left for the workers to load
    assert gazetteer._gazetteer.cache_info().currsize == 0
    corpus._prepare_index()  # threads share this process's copy: loaded here
    assert gazetteer._gazetteer.cache_info().currsize == 1


def test_the_cyrillic_automaton_is_loaded_only_for_cyrillic_text(
    tmp_path, monkeypatch, restore_index, caplog
):
    _fresh_index(tmp_path, monkeypatch)
    gazetteer._gazetteer()
    gazetteer._gazetteer.cache_clear()
    gaz = gazetteer._gazetteer()  # loaded from the file just stored
    assert isinstance(gaz.keys, _index.PackedStrings)
    english = find_regions("Shelling hit Donetsk Oblast and Kharkiv.")
    assert gaz.cyrillic._automaton is None  # an English text never needs it
    assert list(english["unit_id"]) == ["UA-14", "UA-63"]
    assert not list((tmp_path / "index").glob("cyrillic-names-*.pickle"))

    text = "Обстріли Донецької області, Харкова і Donetsk тривають."
    built = find_regions(text)  # built from the keys and stored
    assert gaz.cyrillic._automaton is not None
    (path,) = (tmp_path / "index").glob("cyrillic-names-*.pickle")
    assert list(built["surface"]) == ["Донецької області", "Харкова", "Donetsk"]
    # every key is in exactly one of the two automata, under its own index
    assert len(gaz.automaton) + len(gaz.cyrillic.get()) == len(gaz.keys)
    assert gazetteer.key_id(gaz, "донецька") == list(gaz.keys).index("донецька")
    assert gazetteer.key_id(gaz, "donetsk") == list(gaz.keys).index("donetsk")
    assert gazetteer.key_id(gaz, "not a place at all") is None

    path.write_bytes(path.read_bytes()[:1000])  # cut short: rebuilt, with a log line
    gazetteer._gazetteer.cache_clear()
    with caplog.at_level(logging.INFO, logger="geoclaims._index"):
        again = find_regions(text.replace("тривають", "тривали"))
    assert list(again["surface"]) == list(built["surface"])
    assert "cannot be used" in caplog.text
    assert path.stat().st_size > 1_000_000


def test_a_build_stores_the_same_bytes_whatever_the_string_hashes(tmp_path):
    # Two processes with different string hashes (set orders) store the same files.
    import subprocess
    import sys

    stored = []
    for seed in ("1", "2"):
        folder = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed, "GEOCLAIMS_CACHE_DIR": str(folder)}
        probe = "import geoclaims; geoclaims.find_regions('Київ і Donetsk')"
        subprocess.run([sys.executable, "-c", probe], env=env, check=True, timeout=300)
        files = sorted((folder / "index").glob("*names-*.pickle"))
        assert [f.name.split("-")[0] for f in files] == ["boundary", "cyrillic", "names"]
        stored.append({f.name: f.read_bytes() for f in files})
    assert stored[0] == stored[1]
