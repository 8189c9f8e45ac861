// The library feature's public surface: other features import only from here.
export { registerLibraryRoutes, sendLibraryNotFound } from "./routes";
export { loadLibrary, contentArticles } from "./load-library";
export { type Article, readArticles, contentDir, seekHelpHeadings } from "./read-articles";
export { type ProgramSummary, programPagePath, readProgramSummaries } from "./read-program-summaries";
export { type Hub, type HubId, articlePath, hubIds, hubPath, hubs } from "./hubs";
export { questionnaireSummaries, questionnaireTitles } from "./texts";
export { TopicList } from "./views/library-pages";
export { loadLinkTargets } from "./load-link-targets";
export { type LinkTargets, resolveContentLink, UnknownLinkTargetError } from "./resolve-content-link";
