import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { z } from "zod";
import { type Service, demoServicesFileSchema } from "./demo-services-schema";
import { type Municipality, loadMunicipalities } from "./load-municipalities";

const DEMO_SERVICES_YAML = new URL("../../../content/services/demo-services.yaml", import.meta.url);

/**
 * Parses the demo services and checks them against the reference data: the county exists and
 * every listed municipality belongs to it.
 */
export function parseDemoServices({
  yaml,
  municipalities = loadMunicipalities(),
}: {
  yaml: string;
  municipalities?: readonly Municipality[];
}): Service[] {
  const parsed = demoServicesFileSchema.safeParse(parse(yaml));
  if (!parsed.success) throw new Error(`demo-services.yaml: ${z.prettifyError(parsed.error)}`);
  const counties = new Set(municipalities.map((m) => m.countyId));
  const countyOf = new Map(municipalities.map((m) => [m.code, m.countyId]));
  for (const s of parsed.data.services) {
    if (!counties.has(s.county)) throw new Error(`demo-services.yaml: ${s.id}: unknown county ${s.county}`);
    if (s.serves === "county") continue;
    for (const code of s.serves) {
      if (countyOf.get(code) !== s.county) {
        throw new Error(`demo-services.yaml: ${s.id}: municipality ${code} is not in county ${s.county}`);
      }
    }
  }
  return parsed.data.services;
}

let cached: Service[] | undefined;

export function loadDemoServices(): Service[] {
  cached ??= parseDemoServices({ yaml: readFileSync(DEMO_SERVICES_YAML, "utf8") });
  return cached;
}

/** Does the service serve people living in this municipality? */
export function servesMunicipality({
  service,
  municipality,
}: {
  service: Service;
  municipality: Municipality;
}): boolean {
  return service.serves === "county"
    ? service.county === municipality.countyId
    : service.serves.includes(municipality.code);
}
