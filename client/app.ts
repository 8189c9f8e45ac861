import { installQuickExit } from "./quick-exit";

installQuickExit(document, window);
