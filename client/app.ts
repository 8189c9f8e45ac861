import { installQuickExit } from "./quick-exit";
import { initChatbotIsland } from "./chatbot-island";
import { initTopicFilter, initVoucherField } from "./questions-island";
import { initChat } from "./chat-island";
import { initChatWorkspace } from "./chat-worker-island";
import { initChatLauncher } from "./chat-launcher-island";
import { initProgramsIsland } from "./programs-island";
import { initQuestionnaireIsland } from "./questionnaire-island";
import { initProgramsLive } from "./programs-live-island";

installQuickExit(document, window);
for (const el of document.querySelectorAll<HTMLElement>("#chat-app")) initChat(el);
for (const el of document.querySelectorAll<HTMLElement>("#chat-workspace")) initChatWorkspace(el);
const voucherField = document.querySelector<HTMLInputElement>("input[data-voucher-field]");
if (voucherField) initVoucherField(voucherField);
const askForm = document.querySelector<HTMLFormElement>("form.questions-ask");
if (askForm) initTopicFilter(askForm);
if (document.querySelector(".site-header:not(.staff-header)")) initChatbotIsland(document, window);
if (document.querySelector(".site-header:not(.staff-header)")) initChatLauncher(document, window);
if (document.querySelector("[data-program-page], [data-module-page]")) initProgramsIsland(document, window);
for (const el of document.querySelectorAll<HTMLElement>("[data-live-src]"))
  initProgramsLive(el, document, window);
if (document.querySelector("[data-enable-when]")) initQuestionnaireIsland(document);
