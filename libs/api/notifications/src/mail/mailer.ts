import { Injectable, Logger } from '@nestjs/common';
import { Db } from '@pillars/api/core';
import { createTransport, type Transporter } from 'nodemailer';

export interface MailMessage {
  organizationId: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/**
 * The one way mail leaves the app. With SMTP_URL it goes through nodemailer; without it (the
 * embedded default) it is written to `mail_outbox`, which admins read at /admin/outbox.
 */
@Injectable()
export class Mailer {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter | null;
  private readonly from = process.env['MAIL_FROM'] || 'Pillars <no-reply@pillars.invalid>';

  constructor(private readonly db: Db) {
    const url = process.env['SMTP_URL'];
    this.transport = url ? createTransport(url) : null;
  }

  get mode(): 'smtp' | 'outbox' {
    return this.transport ? 'smtp' : 'outbox';
  }

  async send(message: MailMessage): Promise<void> {
    if (!this.transport) {
      await this.db.query(
        `INSERT INTO mail_outbox (organization_id, to_address, subject, html, text, headers) VALUES ($1, $2, $3, $4, $5, $6)`,
        [message.organizationId, message.to, message.subject, message.html, message.text, JSON.stringify(message.headers)],
      );
      return;
    }
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, html: message.html, text: message.text, headers: message.headers });
    this.logger.log(`sent "${message.subject.slice(0, 40)}"`);
  }

  close(): void {
    this.transport?.close();
  }
}
