import { pendingTotpAad, totpAad } from "./platform/auth/index";
import type { EncryptedColumn } from "./platform/crypto/index";
import { crisisReasonsAad, feedbackAad, messageAad, noteAad } from "./features/chat/index";
import { unansweredAad } from "./features/chatbot/index";
import { notifyEmailAad, questionMessageAad } from "./features/questions/index";
import { sharePayloadAad } from "./features/questionnaires/index";
import * as programs from "./features/programs/index";

/** Every field-encrypted column, for key rotation; a feature that adds one lists it here. */
export const encryptedColumns: readonly EncryptedColumn[] = [
  { table: "chat_messages", idColumn: "id", column: "text_enc", aad: messageAad },
  { table: "chat_notes", idColumn: "id", column: "text_enc", aad: noteAad },
  { table: "chat_sessions", idColumn: "id", column: "crisis_reasons_enc", aad: crisisReasonsAad },
  { table: "chat_sessions", idColumn: "id", column: "feedback_text_enc", aad: feedbackAad },
  { table: "chatbot_unanswered", idColumn: "id", column: "text_enc", aad: unansweredAad },
  { table: "staff_users", idColumn: "id", column: "totp_secret_enc", aad: totpAad },
  { table: "staff_sessions", idColumn: "id_hash", column: "pending_totp_secret_enc", aad: pendingTotpAad },
  { table: "questionnaire_shares", idColumn: "id", column: "payload_enc", aad: sharePayloadAad },
  { table: "question_messages", idColumn: "id", column: "text_enc", aad: questionMessageAad },
  { table: "question_threads", idColumn: "id", column: "notify_email_enc", aad: notifyEmailAad },
  { table: "program_course_messages", idColumn: "id", column: "body_enc", aad: programs.messageAad },
  { table: "program_course_answers", idColumn: "id", column: "answer_enc", aad: programs.answerAad },
  { table: "program_courses", idColumn: "id", column: "who5_start_enc", aad: programs.who5StartAad },
  { table: "program_courses", idColumn: "id", column: "who5_end_enc", aad: programs.who5EndAad },
  { table: "program_courses", idColumn: "id", column: "feedback_enc", aad: programs.feedbackAad },
];
