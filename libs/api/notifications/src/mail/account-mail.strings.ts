import type { MailLocale } from './mail.strings';

interface AccountMailStrings {
  inviteSubject: string;
  inviteBody: string;
  inviteAction: string;
  resetSubject: string;
  resetBody: string;
  resetAction: string;
  expires: string;
  ignore: string;
}

// `{name}` is the recipient's name, `{org}` the organisation's, `{expires}` the formatted expiry.
export const ACCOUNT_MAIL_STRINGS: Record<MailLocale, AccountMailStrings> = {
  en: {
    inviteSubject: 'You are invited to {org} on Pillars',
    inviteBody: 'Hello {name}, an account was created for you at {org}. Choose your password to sign in.',
    inviteAction: 'Set my password',
    resetSubject: 'Reset your Pillars password',
    resetBody: 'Hello {name}, someone asked to reset the password of your {org} account. Choose a new password with this link.',
    resetAction: 'Choose a new password',
    expires: 'The link works once, until {expires}.',
    ignore: 'If you did not expect this email, you can ignore it.',
  },
  ar: {
    inviteSubject: 'أنت مدعو للانضمام إلى {org} على Pillars',
    inviteBody: 'مرحبًا {name}، تم إنشاء حساب لك في {org}. اختر كلمة المرور لتسجيل الدخول.',
    inviteAction: 'تعيين كلمة المرور',
    resetSubject: 'إعادة تعيين كلمة مرور Pillars',
    resetBody: 'مرحبًا {name}، طلب أحدهم إعادة تعيين كلمة مرور حسابك في {org}. اختر كلمة مرور جديدة عبر هذا الرابط.',
    resetAction: 'اختيار كلمة مرور جديدة',
    expires: 'يعمل الرابط مرة واحدة، حتى {expires}.',
    ignore: 'إذا لم تكن تتوقع هذه الرسالة، يمكنك تجاهلها.',
  },
  he: {
    inviteSubject: 'הוזמנת להצטרף אל {org} ב-Pillars',
    inviteBody: 'שלום {name}, נוצר עבורך חשבון ב-{org}. יש לבחור סיסמה כדי להתחבר.',
    inviteAction: 'הגדרת הסיסמה שלי',
    resetSubject: 'איפוס הסיסמה ב-Pillars',
    resetBody: 'שלום {name}, התקבלה בקשה לאפס את הסיסמה של החשבון שלך ב-{org}. אפשר לבחור סיסמה חדשה בקישור הזה.',
    resetAction: 'בחירת סיסמה חדשה',
    expires: 'הקישור פועל פעם אחת, עד {expires}.',
    ignore: 'אם לא ציפית להודעה הזו, אפשר להתעלם ממנה.',
  },
  it: {
    inviteSubject: 'Sei invitato in {org} su Pillars',
    inviteBody: 'Ciao {name}, è stato creato un account per te in {org}. Scegli la tua password per accedere.',
    inviteAction: 'Imposta la mia password',
    resetSubject: 'Reimposta la password di Pillars',
    resetBody: 'Ciao {name}, è stato chiesto di reimpostare la password del tuo account {org}. Scegli una nuova password con questo link.',
    resetAction: 'Scegli una nuova password',
    expires: 'Il link funziona una sola volta, fino al {expires}.',
    ignore: 'Se non ti aspettavi questa email, puoi ignorarla.',
  },
};
