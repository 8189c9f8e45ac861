/** A url-encoded form body as a browser without JavaScript sends it; repeated names for lists. */
export function formBody(fields: Record<string, string | string[]>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) params.append(k, x);
  return params.toString();
}

/** The headers of such a post, with the session or code cookie when there is one. */
export const formHeaders = (cookie?: string): Record<string, string> => ({
  "content-type": "application/x-www-form-urlencoded",
  ...(cookie ? { cookie } : {}),
});
