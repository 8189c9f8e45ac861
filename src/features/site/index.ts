export { registerSiteRoutes } from "./routes";
export { CrisisContactsList } from "./crisis-contacts-list";
