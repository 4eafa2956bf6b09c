/** How to reach a team: a web address (chat room, form, wiki page), an email address or a chat channel. */
export type TeamContactKind = 'URL' | 'EMAIL' | 'CHANNEL';

export const TEAM_CONTACT_MAX = 300;

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u;
// "#payments-help" as in Slack, Teams or Mattermost: a hash, then letters (any script), digits, - _ .
const CHANNEL = /^#[\p{L}\p{N}][\p{L}\p{N}\p{M}._-]{0,79}$/u;

/**
 * What kind of contact `value` (trimmed) is, or null when it is none of them. Web addresses must
 * be http(s) with a host: `javascript:` and friends never become a link. Shared by the API's
 * validation and the team page's form and link.
 */
export function teamContactKind(value: string): TeamContactKind | null {
  const v = value.trim();
  if (!v || v.length > TEAM_CONTACT_MAX || /\s/u.test(v)) return null;
  if (CHANNEL.test(v)) return 'CHANNEL';
  if (/^https?:\/\//iu.test(v)) {
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.') && !url.username && !url.password ? 'URL' : null;
    } catch {
      return null;
    }
  }
  return EMAIL.test(v) ? 'EMAIL' : null;
}
