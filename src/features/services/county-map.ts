import { readFileSync } from "node:fs";
import { geoPath, geoTransverseMercator } from "d3-geo";
import type { Position } from "geojson";
import { feature, merge } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import type { Lang } from "../../platform/i18n/lang";
import { loadCounties } from "./load-municipalities";

const TOPOJSON = new URL("../../../seed/finland-counties-2021.topo.json", import.meta.url);

export const COUNTY_MAP_WIDTH = 300;
export const COUNTY_MAP_HEIGHT = 560;
/** Rings smaller than this many square viewBox units (small islands) are left out. */
const MIN_RING_AREA = 1.5;

interface AreaProps {
  hva_id: string;
}
type Area = Polygon<AreaProps> | MultiPolygon<AreaProps>;
interface Objects {
  [key: string]: GeometryCollection<AreaProps>;
  hva: GeometryCollection<AreaProps>;
  munis: GeometryCollection<AreaProps>;
}

const countyIdOf = (g: { properties?: object }): string =>
  (g.properties as AreaProps | undefined)?.hva_id ?? "";
const isArea = (g: { type: string | null }): g is Area => g.type === "Polygon" || g.type === "MultiPolygon";

export interface CountyShape {
  id: string;
  /** SVG path data in the 300×560 viewBox, one decimal. */
  d: string;
}

type Ring = [number, number][];

function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[j];
    const b = ring[i];
    if (a && b) sum += a[0] * b[1] - b[0] * a[1];
  }
  return Math.abs(sum / 2);
}

/**
 * The TopoJSON is in WGS84 longitude/latitude (its transform starts at 19.47°E, 59.81°N), so it is
 * projected with a Transverse Mercator centred on 27°E, the meridian of ETRS-TM35FIN, Finland's own grid.
 * Projecting points one by one, then drawing them as planar shapes, avoids any dependence on ring winding.
 */
function buildShapes(): CountyShape[] {
  const topo = JSON.parse(readFileSync(TOPOJSON, "utf8")) as Topology<Objects>;
  const byId = new Map<string, Position[][][]>();
  for (const g of topo.objects.hva.geometries) {
    const id = countyIdOf(g);
    if (!id || !isArea(g)) continue;
    byId.set(
      id,
      g.type === "Polygon" ? [feature(topo, g).geometry.coordinates] : feature(topo, g).geometry.coordinates,
    );
  }
  // In the `hva` object Helsinki and Åland are one shape without an id (neither is a wellbeing
  // services county); build them from their municipalities instead.
  for (const id of ["HEL", "AX"]) {
    const munis = topo.objects.munis.geometries.filter((g) => countyIdOf(g) === id).filter(isArea);
    if (munis.length > 0) byId.set(id, merge(topo, munis).coordinates);
  }
  const features = [...byId].map(([id, coordinates]) => ({ id, coordinates }));
  const projection = geoTransverseMercator()
    .rotate([-27, 0])
    .fitSize([COUNTY_MAP_WIDTH, COUNTY_MAP_HEIGHT], {
      type: "MultiPoint",
      coordinates: features.flatMap((f) => f.coordinates.flat(2)),
    });
  const planar = geoPath().digits(1);
  const round = (n: number): number => Math.round(n * 10) / 10;
  return features.map(({ id, coordinates }) => {
    const polygons = coordinates
      .map((polygon) =>
        polygon
          .map((ring) =>
            ring.map((p): [number, number] => {
              const [x, y] = projection([p[0] ?? 0, p[1] ?? 0]) ?? [0, 0];
              return [round(x), round(y)];
            }),
          )
          .filter((ring) => ringArea(ring) >= MIN_RING_AREA),
      )
      .filter((rings) => rings.length > 0);
    return { id, d: planar({ type: "MultiPolygon", coordinates: polygons }) ?? "" };
  });
}

let shapes: CountyShape[] | undefined;

/** The county outlines, computed once (the data never changes while the process runs). */
export function countyShapes(): readonly CountyShape[] {
  shapes ??= buildShapes();
  return shapes;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const mapTitles: Record<Lang, string> = {
  fi: "Suomen hyvinvointialueet. Valitse alue nähdäksesi sen palvelut.",
  sv: "Finlands välfärdsområden. Välj ett område för att se dess tjänster.",
  en: "Finland's wellbeing services counties. Choose one to see its services.",
};

/** Classes the page stylesheet styles; focus must be clearly visible (WCAG 2.4.7). */
export const countyMapClasses = {
  svg: "county-map",
  link: "county-map__link",
  current: "county-map__link--current",
} as const;

/**
 * An SVG map with one link per county. The SVG is a labelled group rather than `role="img"`:
 * an image role would hide the links inside it from screen readers.
 */
export function renderCountyMap({
  lang,
  hrefFor,
  currentCountyId,
  idPrefix = "county-map",
  title = mapTitles[lang],
}: {
  lang: Lang;
  hrefFor: (countyId: string) => string;
  currentCountyId?: string;
  idPrefix?: string;
  title?: string;
}): string {
  const names = new Map(loadCounties().map((c) => [c.id, c.shortNames[lang]]));
  const titleId = `${idPrefix}-title`;
  const links = countyShapes()
    .map(({ id, d }) => {
      const current = id === currentCountyId;
      const cls = current ? `${countyMapClasses.link} ${countyMapClasses.current}` : countyMapClasses.link;
      return (
        `<a href="${escapeXml(hrefFor(id))}" class="${cls}" data-county="${escapeXml(id)}"` +
        `${current ? ' aria-current="page"' : ""}>` +
        `<title>${escapeXml(names.get(id) ?? id)}</title><path d="${d}"/></a>`
      );
    })
    .join("");
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${COUNTY_MAP_WIDTH} ${COUNTY_MAP_HEIGHT}"` +
    ` class="${countyMapClasses.svg}" role="group" aria-labelledby="${escapeXml(titleId)}">` +
    `<title id="${escapeXml(titleId)}">${escapeXml(title)}</title>${links}</svg>`
  );
}
