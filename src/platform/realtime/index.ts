export { createEventBus, type EventBus, type EventHandler } from "./event-bus";
export { websocketErrorHandler } from "./websocket-error-handler";
