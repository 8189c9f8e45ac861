export { registerChatRoutes } from "./routes";
export {
  ensureDemoChatService,
  purgeExpiredChats,
  sweepChats,
  createChatCore,
  messageAad,
  noteAad,
  crisisReasonsAad,
  feedbackAad,
} from "./service";
