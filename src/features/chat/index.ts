export { registerChatRoutes } from "./routes";
export { createChatAvailability, type ChatAvailability } from "./chat-availability";
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
