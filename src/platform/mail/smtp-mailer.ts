import type { Transporter } from "nodemailer";
import type { Mail, Mailer } from "./mail";

/** SMTP through nodemailer; `url` like `smtps://user:pass@smtp.example.fi:465`. Never logs addresses. */
export function createSmtpMailer(options: { url: string; from: string }): Mailer {
  // nodemailer is loaded on the first send: importing it costs start-up time a service without mail never needs.
  let transport: Promise<Transporter> | undefined;
  const transportOf = () =>
    (transport ??= import("nodemailer").then(({ default: nodemailer }) =>
      // nodemailer logs nothing unless asked to (`logger` stays unset), so addresses never reach the logs.
      nodemailer.createTransport(options.url),
    ));
  return {
    send: async (mail: Mail) => {
      const smtp = await transportOf();
      await smtp.sendMail({ from: options.from, to: mail.to, subject: mail.subject, text: mail.text });
    },
  };
}
