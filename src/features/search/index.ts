// The search feature's public surface: other features import only from here.
export { registerSearchRoutes } from "./routes";
export {
  buildSearchIndex,
  buildSearchIndex as loadPublicContent,
  collectSearchDocuments,
} from "./build-search-index";
export { type SearchHit, searchSite } from "./search-site";
