import { SMTPServer } from 'smtp-server';

/** A mail as the in-test SMTP server received it: envelope recipients, the raw message, and its decoded parts. */
export interface CapturedMail {
  to: string[];
  raw: string;
  /** The whole raw message with quoted-printable undone, for "does the mail say X" assertions. */
  decoded: string;
  subject: string;
  text: string;
  html: string;
}

export interface TestSmtp {
  /** Every mail received so far, in order. */
  inbox: CapturedMail[];
  /** The mails to one address. */
  mailsTo(email: string): CapturedMail[];
  /** Stops the server and unsets SMTP_URL. */
  close(): Promise<void>;
}

/** Undoes quoted-printable (soft line breaks and =XX bytes), read as UTF-8. */
export const decodeQuotedPrintable = (s: string): string =>
  Buffer.from(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8');

/** RFC 2047 words (=?UTF-8?B|Q?...?=) in a header. */
const decodeWords = (v: string) =>
  v.replace(/\s*=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')));

function headersOf(block: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).toLowerCase()] = line.slice(i + 1).trim();
  }
  return out;
}

/** Just enough MIME for nodemailer's messages: a single part, or multipart/alternative (text + html, quoted-printable or base64). */
function parse(raw: string, to: string[]): CapturedMail {
  const split = raw.search(/\r?\n\r?\n/);
  const head = headersOf(raw.slice(0, split));
  const boundary = /boundary="?([^";]+)"?/.exec(head['content-type'] ?? '')?.[1];
  const decodePart = (h: Record<string, string>, body: string) =>
    /base64/i.test(h['content-transfer-encoding'] ?? '') ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') : decodeQuotedPrintable(body);
  const parts = boundary
    ? raw.split(`--${boundary}`).slice(1, -1).map((part) => {
        const at = part.search(/\r?\n\r?\n/);
        const h = headersOf(part.slice(0, at).trim());
        return { type: h['content-type'] ?? '', body: decodePart(h, part.slice(at).trim()) };
      })
    : [{ type: head['content-type'] ?? 'text/plain', body: decodePart(head, raw.slice(split).trim()) }];
  return {
    to,
    raw,
    decoded: decodeQuotedPrintable(raw),
    subject: decodeWords(head['subject'] ?? ''),
    text: parts.find((p) => p.type.startsWith('text/plain'))?.body ?? '',
    html: parts.find((p) => p.type.startsWith('text/html'))?.body ?? '',
  };
}

/**
 * A real SMTP server (the `smtp-server` package) on a free local port, catching every mail the
 * app sends; sets SMTP_URL to it, so start it before the app.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const inbox: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push(parse(Buffer.concat(chunks).toString('latin1'), session.envelope.rcptTo.map((r) => r.address)));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  process.env['SMTP_URL'] = `smtp://127.0.0.1:${port}`;
  return {
    inbox,
    mailsTo: (email) => inbox.filter((m) => m.to.includes(email)),
    close: async () => {
      delete process.env['SMTP_URL'];
      await new Promise<void>((resolve) => server.close(resolve));
    },
  };
}
