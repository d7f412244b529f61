"""Folium maps of claimed regions: country outline, named regions, control layer.

:func:`claim_map` draws what a :class:`~geoclaims.areas.Share` measured. Geometry for
the web is simplified as a *coverage* (:func:`shapely.coverage_simplify`), so
neighbouring regions keep their shared edges: no gaps, no overlaps. Every figure
shown (km², share of the country) comes from the :class:`~geoclaims.areas.Share`,
computed on the full geometry, never on the simplified one.

Names, codes and control-layer properties are treated as untrusted: every string
that reaches the page is HTML-escaped, so a region name or a layer attribute cannot
inject markup or script.
"""

from __future__ import annotations

import html
import logging
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import branca.element
import folium
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from geoclaims._errors import InvalidInputError, InvalidTypeError, typed_errors
from geoclaims._validate import check_tiles

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from geoclaims.areas import Share

__all__ = ["claim_map"]

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
        (country rows are ignored); or region names / ISO 3166-2 codes. Anything but a
        Share is measured with :func:`~geoclaims.area_share` against the country most
        of the regions belong to.
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
        When there is nothing to draw, or `within`/`worldview`/`as_of` come with a Share.
    TypeError
        When `obj` is of an unsupported type.

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
    tiles = check_tiles(tiles)
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
    of = _main_country(frame)
    return area_share(frame, of=of, worldview=worldview, as_of=as_of, within=within)


def _as_units(obj: Any, *, worldview: str, as_of: Any) -> pd.DataFrame:
    """Return a frame of units (with `unit_id` and `country`) for names or a frame."""
    from geoclaims.boundaries import lookup

    if isinstance(obj, pd.DataFrame):
        if "unit_id" not in obj.columns:
            msg = (
                f"claim_map() needs a frame with a 'unit_id' column (from lookup, regions or "
                f"find_regions); got columns {list(obj.columns)!r}."
            )
            raise InvalidInputError(msg)
        frame = obj[obj["unit_id"].notna()]
        if "kind" in frame.columns:
            frame = frame[frame["kind"] != "country"]
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
    return lookup(names, worldview=worldview, as_of=as_of)


def _main_country(frame: pd.DataFrame) -> str:
    """Return the country most rows belong to (the first one seen on a tie)."""
    counts = Counter(c for c in frame["country"] if isinstance(c, str))
    if not counts:
        msg = "claim_map() cannot tell which country these regions belong to."
        raise InvalidInputError(msg)
    return counts.most_common(1)[0][0]


def _draw(share: Share, *, m: folium.Map | None, tiles: str | None, style: dict) -> folium.Map:
    """Draw a Share's outline, units and layer on `m` (or a new map) and return it."""
    from geoclaims.boundaries import country_name, regions

    units = share.units
    table = share.to_frame().set_index("unit_id")
    country_units = regions(share.country, worldview=share.worldview, as_of=share.as_of)
    name_of_country = country_name(share.country)

    # One coverage: the country's units plus any named unit outside it, simplified together.
    extra = units[~units["unit_id"].isin(country_units["unit_id"])]
    coverage = pd.concat(
        [country_units[["unit_id", "geometry"]], extra[["unit_id", "geometry"]]],
        ignore_index=True,
    )
    web = dict(zip(coverage["unit_id"], _simplify_coverage(coverage.geometry.values), strict=True))
    outline = shapely.union_all([web[u] for u in country_units["unit_id"]])
    outline = _round(outline)

    if m is None:
        m = folium.Map(tiles=tiles, control_scale=True, prefer_canvas=False)
    # Country outline.
    outline_label = f"{name_of_country} ({_view_label(share)})"
    km2 = _fmt_km2(share.country_km2)
    outline_fc = _collection(
        [
            _feature(
                share.country,
                outline,
                {"name": outline_label, "area": f"{km2} km²"},
            )
        ]
    )
    folium.GeoJson(
        outline_fc,
        name=_esc(f"Outline: {outline_label}"),
        style_function=lambda _f: dict(OUTLINE_STYLE, className="geoclaims-outline"),
        control=True,
    ).add_to(m)

    # Named regions, one feature (one SVG path) each.
    region_style = dict(REGION_STYLE, **style)
    held = share.layer is not None
    features = []
    styles: dict[str, dict[str, Any]] = {}
    for unit_id in dict.fromkeys(units["unit_id"]):
        row = table.loc[unit_id]
        if isinstance(row, pd.DataFrame):
            row = row.iloc[0]
        props = {
            "unit_id": unit_id,
            "name": row["name"],
            "iso": row.get("iso_3166_2") or "–",
            "km2": _fmt_km2(row["area_km2"]),
            "share": _fmt_pct(row["share_pct"]),
        }
        if held:
            props["held_km2"] = _fmt_km2(row.get("held_km2"))
            props["held_pct"] = _fmt_pct(row.get("held_pct_of_unit"))
        fid = _css_token(unit_id)
        styles[fid] = dict(
            region_style, className=f"geoclaims-region geoclaims-unit-{_css_token(unit_id)}"
        )
        features.append(_feature(fid, _round(web[unit_id]), props))
    fields = ["name", "iso", "km2", "share"]
    aliases = ["Region", "ISO 3166-2", "Area (km²)", f"Share of {name_of_country}"]
    if held:
        fields += ["held_km2", "held_pct"]
        aliases += ["Held per layer (km²)", "Held (% of region)"]
    n = len(features)
    regions_name = f"Named regions ({n})"
    folium.GeoJson(
        _collection(features),
        name=_esc(regions_name),
        style_function=lambda f: styles[f["id"]],
        highlight_function=lambda _f: {"weight": 3, "fillOpacity": 0.6},
        tooltip=folium.GeoJsonTooltip(fields=fields, aliases=[_esc(a) for a in aliases]),
    ).add_to(m)

    # Control layer on top.
    if held:
        _add_layer(m, share.layer, tolerance=_tolerance(outline))

    _Legend(_legend_html(share, name_of_country, regions_name, held)).add_to(m)
    minx, miny, maxx, maxy = outline.bounds
    m.fit_bounds([[miny, minx], [maxy, maxx]])
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


def _add_layer(m: folium.Map, layer: gpd.GeoDataFrame, *, tolerance: float) -> None:
    """Draw a control layer, its geometry simplified and its properties escaped."""
    fields = [c for c in layer.columns if c != layer.geometry.name][:_MAX_LAYER_FIELDS]
    features = []
    for i, (geom, rec) in enumerate(
        zip(layer.geometry.values, layer[fields].to_dict("records"), strict=True)
    ):
        if geom is None or geom.is_empty:
            continue
        geom = _round(shapely.simplify(geom, tolerance, preserve_topology=True))
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
        name="Control layer",
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


def _feature(fid: str, geom: Any, props: dict[str, Any]) -> dict[str, Any]:
    """Return a GeoJSON feature whose string properties are HTML-escaped."""
    return {
        "type": "Feature",
        "id": fid,
        "properties": {k: _esc(v) if isinstance(v, str) else v for k, v in props.items()},
        "geometry": mapping(geom),
    }


def _collection(features: list[dict[str, Any]]) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": features}


# -- text -------------------------------------------------------------------------------


def _esc(value: object) -> str:
    """HTML-escape a value for a page that folium/Leaflet inserts as markup."""
    return html.escape(str(value), quote=True)


def _short(value: object) -> str:
    """Shorten a control-layer property for a tooltip (escaping comes later)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = str(value)
    if len(text) > _MAX_FIELD_CHARS:
        text = text[: _MAX_FIELD_CHARS - 1] + "…"
    return text


def _css_token(value: object) -> str:
    """Return `value` reduced to characters safe in a CSS class name or element id."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", str(value))


def _fmt_km2(value: object) -> str:
    """Format an area in km² with thousands separators ("26,517")."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    return f"{x:,.0f}" if math.isfinite(x) else "–"


def _fmt_pct(value: object, digits: int = 2) -> str:
    """Format a percentage, by default with two decimals ("4.39%")."""
    try:
        x = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return "–"
    return f"{x:.{digits}f}%" if math.isfinite(x) else "–"


# -- legend -----------------------------------------------------------------------------


def _legend_html(share: Share, country_name: str, regions_name: str, held: bool) -> str:
    """Return the legend's inner HTML; every text in it is escaped."""
    rows = [
        (
            "border:2px solid {};background:transparent".format(OUTLINE_STYLE["color"]),
            f"{country_name}, {_fmt_km2(share.country_km2)} km² ({_view_label(share)})",
        ),
        (
            "border:1.5px solid {};background:{}".format(
                REGION_STYLE["color"], REGION_STYLE["fillColor"]
            ),
            f"{regions_name}: {_fmt_km2(share.total)} km², {_fmt_pct(share.total_pct)}",
        ),
    ]
    if held:
        rows.append(
            (
                "border:1.5px dashed {};background:{}".format(
                    LAYER_STYLE["color"], LAYER_STYLE["fillColor"]
                ),
                f"Held per control layer: {_fmt_km2(share.held_km2)} km², "
                f"{_fmt_pct(share.held_pct)}",
            )
        )
    items = "".join(
        f'<div class="geoclaims-legend-row"><span class="geoclaims-swatch" style="{swatch}">'
        f"</span>{_esc(label)}</div>"
        for swatch, label in rows
    )
    return f'<div class="geoclaims-legend-title">geoclaims</div>{items}'


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
                div.innerHTML = {{ this.legend_html|tojson }};
                return div;
            };
            legend.addTo({{ this._parent.get_name() }});
        })();
        {% endmacro %}
        """
    )

    def __init__(self, legend_html: str) -> None:
        super().__init__()
        self._name = "GeoclaimsLegend"
        self.legend_html = legend_html
