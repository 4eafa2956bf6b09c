import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Db, EventsService } from '@pillars/api/core';
import { AccountEvents, AccountTokens, type AccountEventPayload, type IssuedAccountToken } from '@pillars/api/directory';
import { ACCOUNT_MAIL_STRINGS } from './account-mail.strings';
import { escapeHtml } from './mail.render';
import { type MailLocale, mailLocale, RTL_LOCALES } from './mail.strings';
import { Mailer } from './mailer';
import { publicUrl } from './notification-delivery.service';

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

/** The invitation or reset mail: HTML in the recipient's language and direction, and a text part. */
export function renderAccountMail(locale: MailLocale, issued: IssuedAccountToken, organizationName: string): { subject: string; html: string; text: string } {
  const s = ACCOUNT_MAIL_STRINGS[locale];
  const invite = issued.purpose === 'INVITE';
  const values = { name: issued.user.name, org: organizationName };
  const expires = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'long', timeZone: 'UTC' }).format(issued.expiresAt);
  const subject = fill(invite ? s.inviteSubject : s.resetSubject, values);
  const body = fill(invite ? s.inviteBody : s.resetBody, values);
  const action = invite ? s.inviteAction : s.resetAction;
  const url = `${publicUrl()}/${invite ? 'welcome' : 'reset-password'}#token=${issued.token}`;
  const dir = RTL_LOCALES.includes(locale) ? 'rtl' : 'ltr';
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body dir="${dir}" style="font-family: sans-serif; text-align: start">
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p>
<p>${escapeHtml(fill(s.expires, { expires }))}</p>
<p style="font-size: 12px">${escapeHtml(s.ignore)}</p>
</body></html>`;
  const text = [body, '', `${action}: ${url}`, '', fill(s.expires, { expires }), s.ignore].join('\n');
  return { subject, html, text };
}

/**
 * Mails invitation and reset links. The directory appends `directory.user.invited` /
 * `directory.user.password_reset_requested` (ids only) in its commands; this handler issues the
 * link through the directory's AccountTokens in the handler's transaction (older links of the
 * purpose die with it) and sends after commit, through the Mailer (SMTP or the outbox).
 */
@Injectable()
export class AccountMailHandler implements OnModuleInit {
  private readonly logger = new Logger('AccountMail');
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly mailer: Mailer,
    private readonly tokens: AccountTokens,
  ) {}

  onModuleInit(): void {
    this.events.on('notifications.account-mail', [AccountEvents.invited, AccountEvents.passwordResetRequested], async (event, tx) => {
      const purpose = event.type === AccountEvents.invited ? 'INVITE' : 'RESET';
      for (const userId of (event.payload as unknown as AccountEventPayload).userIds ?? []) {
        const issued = await this.tokens.issue(tx, event.organizationId, userId, purpose);
        if (!issued) continue;
        const mail = renderAccountMail(mailLocale(issued.user.locale), issued, issued.organizationName);
        this.db.afterCommit(tx, () => this.track(this.mailer.send({ organizationId: event.organizationId, to: issued.user.email, ...mail, headers: {} })));
      }
    });
  }

  /** Resolves when the mails started so far have been handed over (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  private track(work: Promise<unknown>): void {
    const p = work.catch((e: Error) => this.logger.error(`account mail failed: ${e.message}`)).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }
}
