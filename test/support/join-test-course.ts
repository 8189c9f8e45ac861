import type { FastifyInstance } from "fastify";
import { formBody, formHeaders } from "./form-post";

/**
 * Programs tests: a counsellor invites through the staff form and the client joins through the public one, as in
 * the browser. Returns the client's course cookie; throws when either step is refused.
 */
export async function joinTestCourse(options: {
  app: FastifyInstance;
  counsellor: { cookie: string; csrf: string };
  contacts?: number;
  weeks?: number;
}): Promise<string> {
  const invite = await options.app.inject({
    method: "POST",
    url: "/staff/programs/invitations",
    headers: formHeaders(options.counsellor.cookie),
    payload: formBody({
      _csrf: options.counsellor.csrf,
      programId: "low-mood",
      contacts: String(options.contacts ?? 3),
      weeks: String(options.weeks ?? 6),
    }),
  });
  const code = /data-shown-code="true">([^<]+)</.exec(invite.body)?.[1];
  if (invite.statusCode !== 201 || !code) throw new Error(`invitation refused: ${String(invite.statusCode)}`);
  const join = await options.app.inject({
    method: "POST",
    url: "/en/self-care/guided/join",
    headers: formHeaders(),
    payload: formBody({ program: "low-mood", code }),
  });
  if (join.statusCode !== 201) throw new Error(`join refused: ${String(join.statusCode)}`);
  return String([join.headers["set-cookie"]].flat()[0]).split(";")[0] ?? "";
}
