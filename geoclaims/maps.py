"""Folium maps of claimed regions: country outline, named regions, control layer.

:func:`claim_map` draws what a :class:`~geoclaims.areas.Share` measured. Geometry for
the web is simplified as a *coverage* (:func:`shapely.coverage_simplify`), so
neighbouring regions keep their shared edges: no gaps, no overlaps. Every figure
shown (km², share of the country) comes from the :class:`~geoclaims.areas.Share`,
computed on the full geometry, never on the simplified one.

Names, codes and control-layer properties are treated as untrusted: every string
that reaches the page is HTML-escaped, so a region name or a layer attribute cannot
inject markup or script, and its ``{``, ``}``, ``%`` and ``#`` are written as character
references, so it can never reach a Jinja template's source (see :func:`_esc`).

Every map geoclaims makes has a :class:`_Page` as its root: the page works offline
(Leaflet inlined, no CDN; only the base tiles come from the network), fits a phone's
screen, and is assembled without folium's second template pass.
"""

from __future__ import annotations

import base64
import functools
import html
import io
import logging
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import branca.element
import folium
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from geoclaims._errors import (
    AmbiguousRegionError,
    GeoclaimsError,
    GeoclaimsWarning,
    InvalidInputError,
    InvalidTypeError,
    quote,
    typed_errors,
    warn_at_caller,
)
from geoclaims._validate import check_tiles
from geoclaims.worldviews import worldview_arg

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from geoclaims.areas import Share

__all__ = ["claim_map", "map_html"]

logger = logging.getLogger(__name__)

#: Coordinates on the web map are rounded to this many decimals (1e-4 degree ≈ 11 m).
_DECIMALS = 4
#: Simplification tolerance as a fraction of the drawn extent (its larger side, degrees).
_TOLERANCE_FRACTION = 1 / 2000

#: Style of the named (claimed) regions; keyword arguments of :func:`claim_map` override it.
REGION_STYLE: dict[str, Any] = {
    "color": "#7f0000",
    "weight": 1.5,
    "fillColor": "#e34a33",
    "fillOpacity": 0.45,
}
#: Style of the country outline.
OUTLINE_STYLE: dict[str, Any] = {
    "color": "#252525",
    "weight": 2,
    "fill": False,
    "interactive": False,
}
#: Style of the control layer, drawn on top.
LAYER_STYLE: dict[str, Any] = {
    "color": "#08519c",
    "weight": 1.5,
    "dashArray": "4 3",
    "fillColor": "#3182bd",
    "fillOpacity": 0.35,
}
#: Most control-layer properties shown in a tooltip.
_MAX_LAYER_FIELDS = 4
#: Longest property value shown in a tooltip (characters).
_MAX_FIELD_CHARS = 80


@typed_errors
def claim_map(
    obj: Share | pd.DataFrame | str | Iterable[str],
    *,
    m: folium.Map | None = None,
    tiles: str | None = "OpenStreetMap",
    within: Any = None,
    worldview: str = "un",
    as_of: Any = None,
    **style: Any,
) -> folium.Map:
    """Draw named regions on a folium map, with their country and a control layer.

    The map has three layers: the country's outline under the worldview and date,
    the named regions filled (one feature per region, with a tooltip giving its name,
    ISO 3166-2 code, area in km² and share of the country), and, when there is a
    control layer, that layer on top in its own style. A legend and a layer control
    are added and the map is fitted to the country.

    Parameters
    ----------
    obj : Share, DataFrame, str or iterable of str
        What to draw: a :class:`~geoclaims.areas.Share` from
        :func:`~geoclaims.area_share`; a GeoDataFrame from :func:`~geoclaims.lookup`
        or :func:`~geoclaims.regions`; the frame from :func:`~geoclaims.find_regions`
        (country and metonym rows are ignored); or region names / ISO 3166-2 codes.
        Anything but a Share is measured with :func:`~geoclaims.area_share` against the
        country most of the regions belong to.
    m : folium.Map, optional
        A map to draw on. It is returned, so calls compose like
        :meth:`geopandas.GeoDataFrame.explore`. A new map is made when None.
    tiles : str or None, default "OpenStreetMap"
        Base tiles for a new map (any name folium knows). None gives a map that makes
        no tile requests at all (offline use). Ignored when `m` is given. The default
        is OpenStreetMap because CARTO's basemaps now need an API key.
    within : GeoDataFrame, path or URL, optional
        A control layer; see :func:`~geoclaims.read_layer`. Not allowed with a Share,
        which already carries its layer.
    worldview : str, default "un"
        Whose borders: "un", "defacto" or a claimant's alpha-3 code such as "RUS".
        Not allowed with a Share, which already fixes it.
    as_of : date or str, optional
        The date of the worldview (and of a dated control layer); today when None.
        Not allowed with a Share.
    **style
        Leaflet path options for the named regions, overriding :data:`REGION_STYLE`
        (e.g. ``fillColor="purple", weight=3``).

    Returns
    -------
    folium.Map
        `m` itself when given, else a new map.

    Raises
    ------
    InvalidInputError
        When there is nothing to draw, `within`/`worldview`/`as_of` come with a Share, or
        a style value is NaN or infinite.
    TypeError
        When `obj` is of an unsupported type, or `m` is no folium.Map
        (:class:`InvalidTypeError`, a TypeError too).

    Examples
    --------
    >>> import geoclaims
    >>> m = geoclaims.claim_map(["Donetsk", "Luhansk"], tiles=None)
    >>> html = m.get_root().render()
    >>> "Luhansk" in html and "UA-14" in html
    True
    >>> geoclaims.claim_map(["Kherson"], m=m, fillColor="purple") is m
    True
    """
    worldview_arg(worldview)  # refused or warned of here, before any work
    tiles = check_tiles(tiles)
    if m is not None and not isinstance(m, folium.Map):
        msg = (
            f"claim_map() draws on a folium.Map given as m=, not on {type(m).__name__} "
            f"{quote(m)}: pass a folium.Map, or leave m= out for a new one."
        )
        raise InvalidTypeError(msg)
    share = _as_share(obj, within=within, worldview=worldview, as_of=as_of)
    return _draw(share, m=m, tiles=tiles, style=style)


def _as_share(obj: Any, *, within: Any, worldview: str, as_of: Any) -> Share:
    """Turn any accepted input of :func:`claim_map` into a Share."""
    from geoclaims.areas import Share, area_share

    if isinstance(obj, Share):
        if within is not None or worldview != "un" or as_of is not None:
            msg = (
                "claim_map() got a Share together with within=, worldview= or as_of=; "
                "a Share already fixes them. Pass them to area_share() instead."
            )
            raise InvalidInputError(msg)
        return obj
    frame = _as_units(obj, worldview=worldview, as_of=as_of)
    of = _absorbing_country(_main_country(frame), worldview=worldview, as_of=as_of)
    # names are resolved again within the country, as area_share does for a country or a
    # named area given by name (a lookup frame's country rows would be left aside)
    by_name = not isinstance(obj, pd.DataFrame) and not of.startswith("area:")
    regions = _names_list(obj) if by_name else frame
    return area_share(regions, of=of, worldview=worldview, as_of=as_of, within=within)


def _absorbing_country(country: str, *, worldview: str, as_of: Any) -> str:
    """The country a worldview gives all of ``country``'s ground to, else ``country``.

    Under 'MAR', Western Sahara has no ground of its own: it is drawn within Morocco.
    """
    from geoclaims.worldviews import sovereign

    if country.startswith("area:") or worldview == "un":
        return country
    owners = sovereign(worldview, as_of)
    if (owners == country).any():
        return country
    moved = owners[sovereign("un").to_numpy() == country]
    return str(moved.mode().iloc[0]) if len(moved) else country


def _names_list(obj: str | Iterable[str]) -> list[str]:
    return [obj] if isinstance(obj, str) else list(obj)


def _as_units(obj: Any, *, worldview: str, as_of: Any) -> pd.DataFrame:
    """Return a frame of units (with `unit_id` and `country`) for names or a frame."""
    if isinstance(obj, pd.DataFrame):
        if "unit_id" not in obj.columns:
            msg = (
                f"claim_map() needs a frame with a 'unit_id' column (from lookup, regions or "
                f"find_regions); got columns {list(obj.columns)!r}."
            )
            raise InvalidInputError(msg)
        frame = obj[obj["unit_id"].notna()]
        if "kind" in frame.columns:
            # a capital standing for its government is shown in a report, never drawn
            frame = frame[~frame["kind"].isin(("country", "metonym"))]
        if frame.empty:
            msg = "claim_map() got a frame with no regions in it; nothing to draw."
            raise InvalidInputError(msg)
        return frame
    if isinstance(obj, str):
        names = [obj]
    elif isinstance(obj, Iterable) and not isinstance(obj, bytes | Mapping):
        names = list(obj)
        bad = [n for n in names if not isinstance(n, str)]
        if bad:
            msg = f"claim_map() needs region names as str; got {bad[0]!r}."
            raise InvalidTypeError(msg)
    else:
        msg = (
            "claim_map() takes a Share, a frame from lookup/regions/find_regions, or region "
            f"names; got {type(obj).__name__}."
        )
        raise InvalidTypeError(msg)
    if not names:
        msg = "claim_map() got no region names; nothing to draw."
        raise InvalidInputError(msg)
    return _lookup_together(names, worldview=worldview, as_of=as_of)


def _lookup_together(names: list[str], *, worldview: str, as_of: Any) -> pd.DataFrame:
    """Look names up; a name of several places takes the country the other names share.

    ``["Georgia", "Abkhazia"]`` is the country Georgia, not the US state; a name that the
    others do not settle raises :class:`geoclaims.AmbiguousRegionError` as ``lookup`` does.
    """
    from geoclaims.boundaries import lookup

    try:
        return lookup(names, worldview=worldview, as_of=as_of)
    except AmbiguousRegionError:
        pass
    frames: dict[str, pd.DataFrame] = {}
    ambiguous: dict[str, AmbiguousRegionError] = {}
    for name in dict.fromkeys(names):
        try:
            frames[name] = lookup(name, worldview=worldview, as_of=as_of)
        except AmbiguousRegionError as err:
            ambiguous[name] = err
    countries = Counter(
        c for f in frames.values() for c in f["country"] if isinstance(c, str) and c
    )
    for name, err in ambiguous.items():
        candidates = {cc for _, _, cc in err.candidates}
        pick = next((c for c, _ in countries.most_common() if c in candidates), None)
        if pick is None:
            raise err
        frames[name] = lookup(name, country=pick, worldview=worldview, as_of=as_of)
    return pd.concat([frames[n] for n in dict.fromkeys(names)], ignore_index=True)


def _main_country(frame: pd.DataFrame) -> str:
    """Return the country most rows belong to (the first one seen on a tie)."""
    counts = Counter(c for c in frame["country"] if isinstance(c, str) and c)
    if not counts:
        # a named area that several countries administer (Kashmir, Abyei) is its own whole
        areas = [u for u in frame["unit_id"] if isinstance(u, str) and u.startswith("area:")]
        if areas:
            return areas[0]
        msg = "claim_map() cannot tell which country these regions belong to."
        raise InvalidInputError(msg)
    return counts.most_common(1)[0][0]


def _draw(share: Share, *, m: folium.Map | None, tiles: str | None, style: dict) -> folium.Map:
    """Draw a Share's outline, units and layer on `m` (or a new map) and return it."""
    from geoclaims.boundaries import _area_table, country_name, regions

    units = share.units
    table = share.to_frame().set_index("unit_id")
    if share.country.startswith("area:"):  # a named area as its own whole (Kashmir)
        country_units = units[units["unit_id"] == share.country]
        name_of_country = str(_area_table().at[share.country, "name"])
    else:
        country_units = regions(share.country, worldview=share.worldview, as_of=share.as_of)
        name_of_country = country_name(share.country)
    # A region wholly outside the country is drawn, but counts for nothing: say so.
    outside = list(dict.fromkeys(str(n) for n in table.loc[table["inside_km2"] < 1.0, "name"]))
    if outside:
        quoted = ", ".join(repr(_short(n)) for n in outside)
        warn_at_caller(
            f"{quoted} {'lies' if len(outside) == 1 else 'lie'} outside {name_of_country} "
            f"({share.country}) under worldview {share.worldview!r}: drawn, but not counted "
            "in the share. Map such regions with regions of their own country.",
            GeoclaimsWarning,
        )

    # One coverage: the country's units plus any named unit outside it, simplified together.
    extra = units[~units["unit_id"].isin(country_units["unit_id"])]
    coverage = pd.concat(
        [country_units[["unit_id", "geometry"]], extra[["unit_id", "geometry"]]],
        ignore_index=True,
    )
    web = dict(zip(coverage["unit_id"], _simplify_coverage(coverage.geometry.values), strict=True))
    outline_plain = _round(shapely.union_all([web[u] for u in country_units["unit_id"]]))
    # Across 180° (Chukotka, Fiji, the Aleutians), draw the western side east of 180°.
    shift = _dateline_shift([outline_plain, *web.values()])
    outline = _round(_for_view(outline_plain, shift))

    if m is None:
        names = list(dict.fromkeys(str(n) for n in share.units["name"]))
        shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
        m = _new_map(tiles, title=f"{shown} ({name_of_country}): geoclaims map")
    # Country outline (once per country on a map drawn before: not a second one of
    # another date).
    drawn_before = share.country in getattr(m, "_geoclaims_countries", [])
    outline_label = f"{name_of_country} ({_view_label(share)})"
    km2 = _fmt_km2(share.country_km2)
    outline_fc = _collection(
        [
            _feature(
                re.sub(r"[^A-Za-z0-9_-]", "-", share.country),  # "area:kashmir" too
                outline,
                {"name": outline_label, "area": f"{km2} km²"},
            )
        ]
    )
    if not drawn_before:
        folium.GeoJson(
            outline_fc,
            name=_esc(f"Outline: {outline_label}"),
            style_function=lambda _f: dict(OUTLINE_STYLE, className="geoclaims-outline"),
            control=True,
        ).add_to(m)

    # Named regions, one feature (one SVG path) each.
    for key, value in style.items():
        _template_free(value, f"style {key}=")
        if isinstance(value, float | np.floating) and not np.isfinite(value):
            # Leaflet draws NaN as fully opaque and Infinity as nothing, unlike the legend
            msg = f"style {key}={value!r} is not a finite number: pass a number such as 0.4."
            raise InvalidInputError(msg)
    region_style = dict(REGION_STYLE, **style)
    held = share.layer is not None
    features = []
    # The shapes as drawn, with plain (unescaped) properties and RFC 7946 longitudes: the
    # report's "Download GeoJSON" link.
    download: list[dict[str, Any]] = [
        {
            "type": "Feature",
            "id": str(share.country),
            "properties": {
                "role": "country outline",
                "name": name_of_country,
                "worldview": share.worldview,
                "as_of": str(share.as_of),
                "area_km2": _num_or_none(share.country_km2, 1),
            },
            "geometry": mapping(outline_plain),
        }
    ]
    styles: dict[str, dict[str, Any]] = {}
    for unit_id in dict.fromkeys(units["unit_id"]):
        row = table.loc[unit_id]
        if isinstance(row, pd.DataFrame):
            row = row.iloc[0]
        props = {
            "unit_id": unit_id,
            "name": _short(row["name"]) or "–",  # a user's frame may name a region by a date
            "iso": row.get("iso_3166_2") or "–",
            "km2": _fmt_km2(row["area_km2"]),
            # a region wholly outside the country has no share of it, not 0%
            "share": (
                f"none: outside {_short(name_of_country)}"
                if float(row.get("inside_km2", 1.0)) < 1.0
                else _fmt_pct(row["share_pct"])
            ),
        }
        if held:
            props["held_km2"] = _fmt_km2(row.get("held_km2"))
            props["held_pct"] = _fmt_pct(row.get("held_pct_of_unit"))
        fid = _css_token(unit_id)
        styles[fid] = dict(
            region_style, className=f"geoclaims-region geoclaims-unit-{_css_token(unit_id)}"
        )
        features.append(_feature(fid, _round(_for_view(web[unit_id], shift)), props))
        download.append(
            {
                "type": "Feature",
                "id": str(unit_id),
                "properties": {
                    "role": "named region",
                    "unit_id": str(unit_id),
                    "name": _plain(row["name"]),
                    "iso_3166_2": str(row.get("iso_3166_2") or ""),
                    "area_km2": _num_or_none(row["area_km2"], 1),
                    "share_pct": _num_or_none(row["share_pct"], 3),
                },
                "geometry": mapping(_round(web[unit_id])),
            }
        )
    fields = ["name", "iso", "km2", "share"]
    aliases = ["Region", "ISO 3166-2", "Area (km²)", f"Share of {name_of_country}"]
    if held:
        fields += ["held_km2", "held_pct"]
        aliases += ["Held per layer (km²)", "Held (% of region)"]
    n = len(features)
    # a second country drawn on one map names its own layer ("Named regions of Russia (1)")
    countries = getattr(m, "_geoclaims_countries", [])
    regions_name = (
        f"Named regions of {name_of_country} ({n})"
        if countries and share.country not in countries
        else f"Named regions ({n})"
    )
    taken = set(getattr(m, "_geoclaims_layer_names", ()))
    if regions_name in taken:
        # a second set of regions on one map: its own name, so the layer control keeps
        # both ("Named regions (2): Zaporizhzhia, Kherson")
        names = list(dict.fromkeys(_short(str(x)) for x in units["name"]))
        regions_name = f"{regions_name}: {', '.join(names[:3])}" + (
            f" and {len(names) - 3} more" if len(names) > 3 else ""
        )
    m._geoclaims_layer_names = [*taken, regions_name]
    m._geoclaims_countries = [*countries, share.country]
    folium.GeoJson(
        _collection(features),
        name=_esc(regions_name),
        style_function=lambda f: styles[f["id"]],
        highlight_function=lambda _f: {"weight": 3, "fillOpacity": 0.6},
        tooltip=folium.GeoJsonTooltip(fields=fields, aliases=[_esc(a) for a in aliases]),
    ).add_to(m)

    # Control layer on top.
    if held:
        _add_layer(m, share.layer, tolerance=_tolerance(outline), shift=shift)

    rows = _legend_rows(
        share, name_of_country, regions_name, held, outside,
        region_style=region_style, outline=not drawn_before,
    )  # fmt: skip
    legend = next((c for c in m._children.values() if isinstance(c, _Legend)), None)
    if legend is None:
        _Legend(rows).add_to(m)
    else:
        legend.rows += rows  # one legend for every country drawn, not one stacked on another
    # fitted to the country and every region drawn, so none is off the first view; on a
    # map drawn before, to that map's view and the regions drawn now (a second country's
    # regions, not all of its outline)
    named = [_for_view(web[u], shift) for u in dict.fromkeys(units["unit_id"])]
    prior = next(
        (c for c in m._children.values() if isinstance(c, _FitView)), None
    )
    if prior is None:
        boxes = [shapely.box(*g.bounds) for g in (outline, *named)]
    else:
        (miny, minx), (maxy, maxx) = prior.bounds
        boxes = [shapely.box(minx, miny, maxx, maxy), *(shapely.box(*g.bounds) for g in named)]
        del m._children[prior.get_name()]
    _FitView(shapely.union_all(boxes).bounds).add_to(m)
    before = getattr(m, "_geoclaims_shapes", None)
    m._geoclaims_shapes = _collection([*(before or {}).get("features", []), *download])
    # the share's notes (a snapshot far from the date), for the command line to say
    m._geoclaims_notes = [*getattr(m, "_geoclaims_notes", []), *share.notes]
    _ensure_layer_control(m)
    return m


def _view_label(share: Share) -> str:
    """Say under which worldview and date the borders are drawn."""
    view = {"un": "UN view", "defacto": "de facto view"}.get(
        share.worldview, f"{share.worldview}'s view"
    )
    if share.as_of is not None:
        view += f", {share.as_of}"
    return view


def _add_layer(
    m: folium.Map, layer: gpd.GeoDataFrame, *, tolerance: float, shift: bool = False
) -> None:
    """Draw a control layer, its geometry simplified and its properties escaped."""
    fields = [c for c in layer.columns if c != layer.geometry.name][:_MAX_LAYER_FIELDS]
    features = []
    for i, (geom, rec) in enumerate(
        zip(layer.geometry.values, layer[fields].to_dict("records"), strict=True)
    ):
        if geom is None or geom.is_empty:
            continue
        geom = shapely.simplify(geom, tolerance, preserve_topology=True)
        geom = _round(_for_view(geom, shift))
        props = {f"p{j}": _short(rec[f]) for j, f in enumerate(fields)}
        features.append(_feature(f"layer-{i}", geom, props))
    if not features:
        return
    tooltip = None
    if fields:
        tooltip = folium.GeoJsonTooltip(
            fields=[f"p{j}" for j in range(len(fields))], aliases=[_esc(_short(f)) for f in fields]
        )
    folium.GeoJson(
        _collection(features),
        name=_layer_name(layer),
        style_function=lambda _f: dict(LAYER_STYLE, className="geoclaims-layer"),
        tooltip=tooltip,
    ).add_to(m)


def _ensure_layer_control(m: folium.Map) -> None:
    """Give `m` one LayerControl, placed after every layer so it sees them all."""
    for key, child in list(m._children.items()):
        if isinstance(child, folium.LayerControl):
            m._children.move_to_end(key)
            return
    folium.LayerControl(collapsed=False).add_to(m)


def _choropleth(
    shapes: list[tuple[str, Any, dict[str, Any]]],
    styles: dict[str, dict[str, Any]],
    *,
    m: folium.Map | None,
    tiles: str | None,
    name: str,
    fields: list[str],
    aliases: list[str],
    colormap: Any,
    title: str,
) -> folium.Map:
    """Draw (id, geometry, properties) shapes coloured by `styles`, with a scale legend.

    The map page of :func:`geoclaims.corpus.mention_map`: the same offline, escaped,
    dateline-aware drawing as :func:`claim_map`. The legend is geoclaims' own (branca's
    colour scale needs d3 from a CDN).
    """
    shift = _dateline_shift([g for _fid, g, _p in shapes])
    view = [_round(_for_view(g, shift)) for _fid, g, _p in shapes]
    features = [_feature(fid, v, props) for (fid, _g, props), v in zip(shapes, view, strict=True)]
    if m is None:
        m = _new_map(tiles, title=title)
    folium.GeoJson(
        _collection(features),
        name=_esc(name),
        style_function=lambda f: styles[f["id"]],
        highlight_function=lambda _f: {"weight": 2},
        tooltip=folium.GeoJsonTooltip(fields=fields, aliases=[_esc(a) for a in aliases]),
    ).add_to(m)
    _Legend(_scale_legend_rows(colormap), title=colormap.caption or "").add_to(m)
    _ensure_layer_control(m)
    _FitView(shapely.total_bounds(np.asarray(view, dtype=object))).add_to(m)
    return m


def _scale_legend_rows(colormap: Any) -> list[str]:
    """Return a legend for a branca linear colormap: a gradient bar with its two ends."""
    lo, hi = float(colormap.vmin), float(colormap.vmax)
    stops = ", ".join(colormap.rgba_hex_str(lo + (hi - lo) * i / 8) for i in range(9))
    return [
        f'<div style="height:10px;width:12em;max-width:100%;background:linear-gradient(to right, '
        f'{stops})"></div><div style="display:flex;justify-content:space-between">'
        f"<span>{_fmt_num(lo)}</span><span>{_fmt_num(hi)}</span></div>",
        '<div class="geoclaims-legend-row"><span class="geoclaims-swatch" '
        'style="background:#f0f0f0;border:1px solid #636363"></span>none</div>',
    ]


def _fmt_num(value: float) -> str:
    """Format a count for a legend ("1,204"), with one decimal when it has a fraction."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


# -- geometry --------------------------------------------------------------------------


def _simplify_coverage(geoms: np.ndarray) -> np.ndarray:
    """Simplify polygons that tile a region without opening gaps or overlaps.

    Falls back to per-polygon topology-preserving simplification (and logs it) when
    the input is not a valid coverage.
    """
    geoms = shapely.make_valid(np.asarray(geoms, dtype=object))
    tolerance = _tolerance(shapely.union_all(shapely.envelope(geoms)))
    if shapely.coverage_is_valid(geoms):
        return shapely.coverage_simplify(geoms, tolerance)
    logger.info("units do not form a valid coverage; simplifying them one by one")
    return shapely.simplify(geoms, tolerance, preserve_topology=True)


def _tolerance(geom: Any) -> float:
    """Return a simplification tolerance (degrees) suited to the extent of `geom`."""
    minx, miny, maxx, maxy = geom.bounds
    side = max(maxx - minx, maxy - miny)
    return side * _TOLERANCE_FRACTION if math.isfinite(side) and side > 0 else 0.0


def _round(geom: Any) -> Any:
    """Round coordinates for the web; shared vertices stay shared."""
    return shapely.transform(geom, lambda xy: np.round(xy, _DECIMALS))


def _dateline_shift(geoms: Iterable[Any]) -> bool:
    """True when moving the parts west of 0° by +360° frames `geoms` tighter.

    Natural Earth cuts polygons at 180° (RFC 7946), so Chukotka, Fiji or Alaska's
    Aleutians come in two parts at either end of the world; framed as they are, the
    map shows the whole world.
    """
    parts = shapely.get_parts(np.asarray([g for g in geoms if g is not None], dtype=object))
    parts = parts[~shapely.is_empty(parts)]
    if not len(parts):
        return False
    b = shapely.bounds(parts)
    plain = b[:, 2].max() - b[:, 0].min()
    west = b[:, 2] <= 0
    lo = np.where(west, b[:, 0] + 360, b[:, 0]).min()
    hi = np.where(west, b[:, 2] + 360, b[:, 2]).max()
    return bool(hi - lo < plain - 1e-9)


def _for_view(geom: Any, shift: bool) -> Any:
    """Return `geom` with its parts west of 0° moved by +360° when `shift` (for drawing)."""
    if not shift or geom is None or geom.is_empty:
        return geom
    parts = shapely.get_parts(geom)
    moved = [
        shapely.transform(p, lambda xy: xy + np.array([360.0, 0.0])) if p.bounds[2] <= 0 else p
        for p in parts
    ]
    if len(moved) == 1:
        return moved[0]
    if all(p.geom_type == "Polygon" for p in moved):
        return shapely.multipolygons(moved)
    return shapely.geometrycollections(moved)


def _check_key(key: str) -> str:
    """Return `key` if it is safe for folium as it is (ASCII letters, digits, "_", "-")."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", key):  # pragma: no cover - a programming error
        msg = f"feature key or id {key!r} must be ASCII letters, digits, '_' or '-'"
        raise ValueError(msg)
    return key


def _feature(fid: str, geom: Any, props: dict[str, Any]) -> dict[str, Any]:
    """Return a GeoJSON feature whose string properties are escaped (see :func:`_esc`).

    Keys are geoclaims' own (an outside key is never used as one: control-layer
    fields become ``p0``, ``p1``, ...); the id must already be a CSS token.
    """
    return {
        "type": "Feature",
        "id": _check_key(fid),
        "properties": {
            _check_key(k): _esc(v) if isinstance(v, str) else v for k, v in props.items()
        },
        "geometry": mapping(geom),
    }


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


# -- text -------------------------------------------------------------------------------


#: What :func:`_esc` writes for each character: HTML's five, and Jinja's delimiter characters.
_ESCAPES = str.maketrans(
    {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#x27;",
        "{": "&#123;",
        "}": "&#125;",
        "%": "&#37;",
        "#": "&#35;",
    }
)


def _esc(value: object) -> str:
    """HTML-escape a value for a page that folium/Leaflet inserts as markup.

    Besides HTML's special characters, ``{``, ``}``, ``%`` and ``#`` become character
    references, which Leaflet's tooltips, layer control and legend (all ``innerHTML``)
    show as the characters themselves.

    Why: folium 0.20 / branca 0.8 render a map twice. ``MacroElement.render()`` renders
    each element's macros and wraps the result in ``branca.element.Element(text)``,
    whose constructor compiles ``text`` as a new ``jinja2.Template``; ``Figure.render()``
    then renders those templates. Any ``{{ }}``, ``{% %}`` or ``{# #}`` in the data
    (a layer property, a region name) is therefore evaluated as Jinja, with access to
    Python (``{{ lipsum.__globals__.os... }}``). With these four characters encoded, no
    delimiter from the data reaches that second pass, and :class:`_Page` skips the
    second pass altogether.
    """
    return str(value).translate(_ESCAPES)


#: The delimiters that open or close a Jinja construct.
_JINJA_DELIMITERS = ("{{", "}}", "{%", "%}", "{#", "#}")


def _template_free(value: str, what: str) -> str:
    """Return `value` unchanged, or refuse it when it holds a Jinja delimiter.

    For the few outside strings folium needs verbatim (a tiles URL, a style value),
    which cannot be written as character references.

    Raises
    ------
    InvalidInputError
        When `value` contains ``{{``, ``}}``, ``{%``, ``%}``, ``{#`` or ``#}``, or an angle
        bracket (``</script>`` in a value written into the page's script would end it).
    """
    if isinstance(value, str) and any(d in value for d in _JINJA_DELIMITERS):
        shown = value if len(value) <= 80 else value[:79] + "…"
        msg = (
            f"{what} {shown!r} contains a template delimiter ({{{{, {{%, {{# or their "
            "closing pair), which a map cannot carry safely; remove it."
        )
        raise InvalidInputError(msg)
    if isinstance(value, str) and ("<" in value or ">" in value):
        shown = value if len(value) <= 80 else value[:79] + "…"
        msg = (
            f"{what} {shown!r} contains an angle bracket, which no colour, width or URL "
            "has and which a map's script cannot carry safely; remove it."
        )
        raise InvalidInputError(msg)
    return value


def _plain(value: object) -> str:
    """A property as plain text for JSON: "" for a missing value, else its str()."""
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    return str(value)


def _short(value: object) -> str:
    """Shorten a control-layer property for a tooltip (escaping comes later)."""
    text = _plain(value)
    if len(text) > _MAX_FIELD_CHARS:
        text = text[: _MAX_FIELD_CHARS - 1] + "…"
    return text


def _css_token(value: object) -> str:
    """Return `value` reduced to characters safe in a CSS class name or element id."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(value))


def _num_or_none(value: object, digits: int) -> float | None:
    """Return a finite number rounded to `digits`, else None (for JSON)."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return round(x, digits) if math.isfinite(x) else None


def _fmt_km2(value: object) -> str:
    """Format an area in km² with thousands separators ("26,517")."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    return f"{x:,.0f}" if math.isfinite(x) else "–"


def _fmt_pct(value: object, digits: int = 1) -> str:
    """Format a percentage, by default with one decimal ("4.4%"), as every page shows them."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    return f"{x:.{digits}f}%" if math.isfinite(x) else "–"


# -- legend -----------------------------------------------------------------------------


def _legend_rows(
    share: Share,
    country_name: str,
    regions_name: str,
    held: bool,
    outside: Iterable[str] = (),
    *,
    region_style: dict[str, Any] | None = None,
    outline: bool = True,
) -> list[str]:
    """Return the legend's rows as HTML; every text in them is escaped.

    The regions' swatch takes `region_style`'s colours (a map's own ``fillColor``); with
    `outline` False (a country drawn before on the map) no outline row.
    """
    style = region_style or REGION_STYLE
    rows = [
        (
            "border:2px solid {};background:transparent".format(OUTLINE_STYLE["color"]),
            f"{country_name}, {_fmt_km2(share.country_km2)} km² ({_view_label(share)})",
        ),
    ][: 1 if outline else 0]
    rows += [
        (
            "border:1.5px solid {};background:{}".format(
                _css_colour(style.get("color"), REGION_STYLE["color"]),
                _css_colour(style.get("fillColor"), REGION_STYLE["fillColor"]),
            ),
            f"{regions_name}: {_fmt_km2(share.total)} km², {_fmt_pct(share.total_pct)}"
            + (
                f" ({_fmt_pct(share.official)} on official areas)"
                if share.official is not None
                else ""
            ),
        ),
    ]
    if held:
        rows.append(
            (
                "border:1.5px dashed {};background:{}".format(
                    LAYER_STYLE["color"], LAYER_STYLE["fillColor"]
                ),
                # what the held area covers, so it reads like the verdict's held reading;
                # the layer is drawn whole, and its snapshot's date said
                f"{_layer_name(share.layer)}{_snapshot_words(share)}, drawn whole; held "
                "inside the named "
                f"regions: {_fmt_km2(share.held_km2)} km², {_fmt_pct(share.held_pct)} of "
                f"{country_name}",
            )
        )
    outside = list(outside)
    if outside:
        rows.append(
            (
                "background:transparent",
                f"Outside {country_name}, not counted: {', '.join(outside)}",
            )
        )
    return [
        f'<div class="geoclaims-legend-row"><span class="geoclaims-swatch" style="{swatch}">'
        f"</span>{_esc(label)}</div>"
        for swatch, label in rows
    ]


def _css_colour(value: Any, default: str) -> str:
    """A colour safe inside a style attribute (a name or a #hex), else `default`."""
    text = str(value or "")
    return text if re.fullmatch(r"#[0-9A-Fa-f]{3,8}|[A-Za-z]{3,20}", text) else default


def _layer_name(layer: gpd.GeoDataFrame | None) -> str:
    """What a control layer draws, as its legend and layer list name it.

    A DeepStateMap snapshot draws the ground Russia holds ("Russian-held ground
    (DeepStateMap)"); any other layer the ground its features select ("Control layer").
    """
    if layer is not None and layer.attrs.get("format") == "deepstatemap":
        return "Russian-held ground (DeepStateMap)"
    return "Control layer"


def _snapshot_words(share: Share) -> str:
    """" (snapshot of 2022-04-03, 423 days from 2023-06-01)" for a dated layer, else ""."""
    layer = share.layer
    snap = layer.attrs.get("snapshot") if layer is not None else None
    time = snap.get("time") if isinstance(snap, dict) else None
    if time is None:
        return ""
    from geoclaims.areas import STALE_SNAPSHOT_DAYS

    day = pd.Timestamp(time).date()
    words = f" (snapshot of {day}"
    days = snap.get("days_from_as_of")  # as the share's note counts them
    if days is not None and share.as_of is not None and abs(days) > STALE_SNAPSHOT_DAYS:
        words += f", {abs(days):.0f} days from {share.as_of}"
    return words + ")"


class _Legend(branca.element.MacroElement):
    """A Leaflet control in the map's corner holding a fixed, escaped HTML legend."""

    _template = branca.element.Template(
        """
        {% macro header(this, kwargs) %}
        <style>
        .geoclaims-legend {background: rgba(255,255,255,0.92); padding: 6px 9px;
          font: 12px/1.4 system-ui, sans-serif; border-radius: 4px;
          box-shadow: 0 1px 4px rgba(0,0,0,0.3); max-width: 22em;}
        .geoclaims-legend-title {font-weight: 600; margin-bottom: 2px;}
        .geoclaims-swatch {display: inline-block; width: 14px; height: 10px;
          margin-right: 6px; vertical-align: middle; opacity: 0.8;}
        </style>
        {% endmacro %}
        {% macro script(this, kwargs) %}
        (function () {
            var legend = L.control({position: "bottomright"});
            legend.onAdd = function () {
                var div = L.DomUtil.create("div", "geoclaims-legend");
                div.innerHTML = {{ this.legend_html()|tojson }};
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, rows: list[str], title: str = "geoclaims") -> None:
        super().__init__()
        self._name = "GeoclaimsLegend"
        self.title = title
        self.rows = list(rows)  # escaped HTML, one row each

    def legend_html(self) -> str:
        """The legend's inner HTML: its escaped title and rows."""
        return f'<div class="geoclaims-legend-title">{_esc(self.title)}</div>' + "".join(self.rows)


class _FitView(branca.element.MacroElement):
    """Fit the map to bounds at once, and again when its frame gets or changes its size.

    folium's ``fit_bounds`` runs right after ``L.map(...)`` has set zoom 1, so Leaflet
    *animates* the zoom (a change of 4 levels is within its threshold). While a zoom
    animation runs, Leaflet silently drops every other view change, so a click on a
    mention within that quarter second did nothing; and in a notebook's frame that is
    hidden or not yet laid out (size 0, animation frames paused), the map stayed at
    zoom 1. Here the fit is not animated, is skipped while the map has no size, and is
    redone when the map's size changes, until the reader moves the map.
    """

    _template = branca.element.Template(
        """
        {% macro script(this, kwargs) %}
        (function () {
            var map = {{ this._parent.get_name() }};
            var bounds = L.latLngBounds({{ this.bounds|tojson }});
            var box = map.getContainer();
            var moved = false;
            function fit() {
                if (moved || !box.clientWidth || !box.clientHeight) { return; }
                map.invalidateSize({animate: false, pan: false});
                map.fitBounds(bounds, {animate: false, padding: [8, 8]});
            }
            ["mousedown", "touchstart", "wheel", "keydown"].forEach(function (name) {
                box.addEventListener(name, function () { moved = true; }, {passive: true});
            });
            map.on("geoclaims:view", function () { moved = true; });
            fit();
            if (window.ResizeObserver) { new ResizeObserver(fit).observe(box); }
            window.addEventListener("load", fit);
        })();
        {% endmacro %}
        """
    )

    def __init__(self, bounds: tuple[float, float, float, float]) -> None:
        super().__init__()
        self._name = "GeoclaimsFitView"
        minx, miny, maxx, maxy = (round(float(v), _DECIMALS) for v in bounds)
        self.bounds = [[miny, minx], [maxy, maxx]]


# -- pages ------------------------------------------------------------------------------

#: Where the Leaflet files the pages inline live (see its README.md).
_WEB_DIR = Path(__file__).resolve().parent / "_web"


@functools.cache
def _leaflet() -> tuple[str, str]:
    """Leaflet's script and stylesheet, ready to inline (its images as data URIs).

    Raises
    ------
    GeoclaimsError
        When the bundled files are missing or could close the element they go in.
    """
    script = (_WEB_DIR / "leaflet.js").read_text(encoding="utf-8")
    css = (_WEB_DIR / "leaflet.css").read_text(encoding="utf-8")

    def data_uri(match: re.Match[str]) -> str:
        path = _WEB_DIR / match.group(1)
        if not path.is_file():  # images the maps never show (marker shadows, VML)
            return match.group(0)
        return f"url(data:image/png;base64,{base64.b64encode(path.read_bytes()).decode()})"

    css = re.sub(r"url\((images/[\w.-]+\.png)\)", data_uri, css)
    if "</script" in script.lower() or "</style" in css.lower():  # pragma: no cover
        msg = "The bundled Leaflet files cannot be inlined safely; reinstall geoclaims."
        raise GeoclaimsError(msg)
    return script, css


def _element_text(element: branca.element.Element, **kwargs: Any) -> str:
    """Return what an element of a figure's header/html/script contributes to the page.

    ``MacroElement.render()`` stores each rendered macro as ``Element(text)``; its
    ``_template_str`` is that text, taken as it is (no second template pass). Other
    elements (script or stylesheet links) are rendered from their own templates.
    """
    text = getattr(element, "_template_str", None)
    if type(element) is branca.element.Element and text is not None:
        return text
    return element.render(**kwargs)


def _render_parts(figure: branca.element.Figure, **kwargs: Any) -> dict[str, str]:
    """Render a figure's children once; return its "header", "html" and "script" texts.

    This is :meth:`branca.element.Figure.render` without the second pass: folium's
    first pass (each element's template, with the data) is the final text. See
    :func:`_esc` for why the second pass must not see outside strings.
    """
    for child in list(figure._children.values()):
        child.render(**kwargs)
    parts = {
        part: "\n".join(
            _element_text(e, **kwargs) for e in getattr(figure, part)._children.values()
        )
        for part in ("header", "html", "script")
    }
    # folium's viewport forbids zooming the page (user-scalable=no); pages set their own.
    parts["header"] = _FOLIUM_VIEWPORT.sub("", parts["header"])
    return parts


#: folium's <meta name="viewport" ...> in a map's header.
_FOLIUM_VIEWPORT = re.compile(r'<meta name="viewport"[^>]*>')


#: Page-wide style of a map page: the map fills the window at any width, and the
#: legend and layer control stay inside a phone's screen.
_MAP_PAGE_CSS = """
html, body { width: 100%; height: 100%; margin: 0; padding: 0; overflow: hidden; }
.geoclaims-legend { max-width: min(22em, calc(100vw - 90px)); }
.leaflet-control-layers-expanded { max-width: calc(100vw - 70px); overflow-wrap: anywhere; }
@media (max-width: 600px) {
  .leaflet-control-layers-expanded, .geoclaims-legend { font-size: 11px; }
  .leaflet-control-layers-expanded { padding: 4px 6px; }
}
"""


class _Page(branca.element.Figure):
    """The root of every map page geoclaims makes: offline, one template pass, titled.

    :meth:`render` returns a whole HTML page with Leaflet inlined (no CDN) and a
    viewport for phones; the title is escaped and put in after rendering, so it never
    passes through a template. folium's :meth:`~folium.Map.save`, ``_repr_html_``
    (notebooks) and ``get_root().render()`` all go through it.
    """

    def __init__(self, title: str = "geoclaims map") -> None:
        super().__init__()
        self._name = "GeoclaimsPage"
        self.page_title = title

    def render(self, **kwargs: Any) -> str:
        """Return the page as HTML text (see the class docstring)."""
        parts = _render_parts(self, **kwargs)
        script, css = _leaflet()
        return "".join(
            [
                '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
                f"<title>{html.escape(self.page_title)}</title>\n",
                f"<style>{css}</style>\n<script>{script}</script>\n",
                parts["header"],
                f"\n<style>{_MAP_PAGE_CSS}</style>\n</head>\n<body>\n",
                parts["html"],
                "\n<script>\n",
                parts["script"],
                "\n</script>\n</body>\n</html>\n",
            ]
        )


class _Map(folium.Map):
    """A folium map whose :meth:`save` writes a file whole or not at all."""

    def save(self, outfile: Any, close_file: bool = True, **kwargs: Any) -> None:
        """Write the page to `outfile` (a path, or an open file as folium takes).

        A path gets geoclaims' safe writer: the page is rendered first, then written to a
        temporary file that replaces `outfile` in one step, so a missing folder or an
        interrupted write leaves no partial file and raises :class:`OutputError`
        (an ``OSError``) naming the path. A name ending in another format's suffix
        (``.png``, ``.pdf``, ``.json``) raises :class:`InvalidInputError`: the page is
        HTML. A text stream (``io.StringIO``) gets the page as text, a binary one as
        UTF-8 bytes.
        """
        if not isinstance(outfile, str | bytes | os.PathLike):
            if isinstance(outfile, io.TextIOBase):
                outfile.write(self.get_root().render(**kwargs))  # a text stream: the page
                return
            super().save(outfile, close_file=close_file, **kwargs)
            return
        from geoclaims._io import check_output, refuse_not_html, write_text

        if isinstance(outfile, bytes):
            outfile = os.fsdecode(outfile)
        refuse_not_html(outfile, "a map")
        path = check_output(outfile)
        write_text(path, self.get_root().render(**kwargs))


def _new_map(tiles: str | None, *, title: str = "geoclaims map") -> folium.Map:
    """Return an empty folium map on a :class:`_Page`: offline but for its tiles.

    folium's default scripts and stylesheets (Leaflet, jQuery, Bootstrap, Font
    Awesome, from CDNs) are dropped; the page inlines the Leaflet geoclaims ships,
    which is all its maps use.

    Raises
    ------
    InvalidInputError
        When `tiles` holds a template delimiter.
    """
    if tiles is not None:
        _template_free(tiles, "tiles")
    # Quarter zoom steps, so a fitted view fills a small screen instead of stopping at
    # the whole zoom level below.
    m = _Map(tiles=tiles, control_scale=True, prefer_canvas=False, zoom_snap=0.25)
    m.default_js = []
    m.default_css = []
    _Page(title).add_child(m)
    return m


def map_html(m: folium.Map) -> str:
    """Return a folium map as one HTML page, as geoclaims writes its maps.

    For a map made by :func:`claim_map` (or :func:`geoclaims.corpus.mention_map`)
    this is ``m.get_root().render()``: Leaflet inlined, no template pass over the data.
    A map you made yourself is moved onto such a page first, which drops folium's CDN
    scripts (use it for maps drawn with Leaflet alone: GeoJSON, tiles, tooltips).

    Parameters
    ----------
    m : folium.Map

    Returns
    -------
    str
        The page (UTF-8 text).

    Examples
    --------
    >>> import geoclaims
    >>> from geoclaims.maps import map_html
    >>> page = map_html(geoclaims.claim_map(["Donetsk"], tiles=None))
    >>> "Donetsk" in page and "cdn.jsdelivr" not in page
    True
    """
    root = m.get_root()
    if not isinstance(root, _Page):
        m.default_js = []
        m.default_css = []
        root = _Page()
        root.add_child(m)
    return root.render()
