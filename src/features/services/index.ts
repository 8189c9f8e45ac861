// The services feature's public surface: other features import only from here.
export {
  type CalendarDate,
  type FinnishHoliday,
  type HolidayKind,
  addWorkingDays,
  easterSunday,
  finnishHolidays,
  holidayOn,
  isWorkingDay,
} from "./finnish-holidays";
export {
  type Interval,
  type HolidayRule,
  type OpeningException,
  type OpeningHours,
  type OpeningHoursInput,
  type OpeningStatus,
  type Weekday,
  formatOpeningHours,
  openingHoursSchema,
  openingStatus,
  weekdays,
} from "./opening-hours";
export { type CrisisContact, type Helpline, crisisContacts, loadHelplines, telHref } from "./helplines";
export {
  type County,
  type Municipality,
  countyIdSchema,
  loadCounties,
  loadMunicipalities,
  municipalityCodeSchema,
} from "./load-municipalities";
export { type CountyShape, countyMapClasses, countyShapes, renderCountyMap } from "./county-map";
export {
  type Channel,
  type ChannelType,
  type Service,
  type WorryId,
  channelTypes,
  serviceSchema,
  worryIdSchema,
  worryIds,
} from "./demo-services-schema";
export { loadDemoServices, servesMunicipality } from "./load-demo-services";
export { countyPagePath, municipalityPagePath } from "./service-paths";
export {
  type DirectoryEntry,
  demoServiceEntry,
  findMunicipality,
  findServices,
  helplineEntry,
} from "./find-services";
export { registerServiceRoutes } from "./routes";
