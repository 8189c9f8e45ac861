export { langs, langSchema, isLang, type Lang, type Localized } from "./lang";
export { translate, translator, catalogues, type Translate, type MessageKey } from "./translate";
export { negotiateLang } from "./negotiate-lang";
