export { mailerFor, memoryOutboxOf, MemoryMailer } from "./mailer";
export type { Mail, Mailer } from "./mail";
