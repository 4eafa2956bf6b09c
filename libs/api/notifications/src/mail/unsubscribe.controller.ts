import { Controller, Get, Header, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotificationChannel, NotificationKinds } from '../notification.registry';
import { NotificationPreferencesService } from '../notification-preferences.service';
import { renderPage } from './mail.render';
import { MAIL_STRINGS, mailLocale } from './mail.strings';
import { NotificationDeliveryService } from './notification-delivery.service';
import { mailTokenSecret, verifyUnsubscribeToken } from './unsubscribe-token';

/**
 * The one-click unsubscribe link of every mail (public: the signed token is the credential). It
 * moves the token's kinds to IN_APP: mail stops, the notification centre keeps them.
 */
@Controller('unsubscribe')
export class UnsubscribeController {
  private readonly secret = mailTokenSecret();

  constructor(
    private readonly preferences: NotificationPreferencesService,
    private readonly kinds: NotificationKinds,
    private readonly delivery: NotificationDeliveryService,
  ) {}

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @Header('Referrer-Policy', 'no-referrer')
  async page(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.unsubscribe(token, res);
  }

  /** RFC 8058: mail clients POST `List-Unsubscribe=One-Click` to the same URL. */
  @Post()
  @HttpCode(200)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async oneClick(@Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    return this.unsubscribe(token, res);
  }

  private async unsubscribe(token: unknown, res: Response): Promise<string> {
    const claim = verifyUnsubscribeToken(this.secret, token);
    const user = claim ? await this.delivery.activeRecipient(claim.organizationId, claim.userId) : null;
    const kinds = claim?.kinds.filter((k) => this.kinds.get(k)) ?? [];
    if (!claim || !user || kinds.length === 0) {
      res.status(400);
      const s = MAIL_STRINGS.en;
      return renderPage('en', s.invalidLink, s.invalidLink);
    }
    for (const kind of kinds) await this.preferences.setFor(claim.organizationId, claim.userId, kind, NotificationChannel.IN_APP);
    const locale = mailLocale(user.locale);
    return renderPage(locale, MAIL_STRINGS[locale].unsubscribedTitle, MAIL_STRINGS[locale].unsubscribedBody);
  }
}
