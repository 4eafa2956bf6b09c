/** Mail strings, per language; kinds without their own line use `generic`. */
export type MailLocale = 'en' | 'ar' | 'he' | 'it';
export const MAIL_LOCALES: readonly MailLocale[] = ['en', 'ar', 'he', 'it'];
export const RTL_LOCALES: readonly MailLocale[] = ['ar', 'he'];

interface MailStrings {
  kinds: Record<string, string>;
  generic: string;
  others: string;
  open: string;
  unsubscribe: string;
  digestDaily: string;
  digestWeekly: string;
  more: string;
  unavailable: string;
  unsubscribedTitle: string;
  unsubscribedBody: string;
  invalidLink: string;
}

// `{actor}` is the first actor's name, `{others}` the "and N others" part, `{n}` a count.
export const MAIL_STRINGS: Record<MailLocale, MailStrings> = {
  en: {
    kinds: {
      'feeds.mention': '{actor}{others} mentioned you',
      'feeds.reply': '{actor}{others} replied to you',
      'feeds.reaction': '{actor}{others} reacted to your post',
      'feeds.announcement': 'New announcement from {actor}',
      'feeds.must_read_reminder': 'Reminder: an announcement is waiting for you',
      'policies.acknowledgement_requested': 'A policy is waiting for your acknowledgement',
      'policies.acknowledgement_reminder': 'Reminder: a policy is waiting for your acknowledgement',
      'policies.overdue_escalation': '{actor}{others} in your team have not acknowledged a policy in time',
      'policies.review_requested': '{actor} asked you to review a policy draft',
      'policies.review_decided': '{actor} reviewed your policy draft',
      'wiki.page_changed': '{actor}{others} changed a wiki page you watch',
      'wiki.page_created': '{actor}{others} added a page to a wiki space you watch',
      'wiki.review_due': 'A wiki page you own is due for review',
      'wiki.page_archived': 'A wiki page you own was archived: nobody verified it in time',
      'training.assigned': 'You have new training to complete',
      'training.renewal': 'Time to renew a training before it expires',
      'training.due_soon': 'Reminder: a training is due soon',
      'training.overdue': 'A training is overdue',
      'training.nudge': '{actor} reminds you to complete a training',
      'training.overdue_escalation': '{actor}{others} in your team are overdue on a training',
    },
    generic: 'New notification from {actor}{others}',
    others: ' and {n} others',
    open: 'Open in Pillars',
    unsubscribe: 'Stop these emails',
    digestDaily: 'Your daily digest',
    digestWeekly: 'Your weekly digest',
    more: 'and {n} more',
    unavailable: 'Someone',
    unsubscribedTitle: 'Unsubscribed',
    unsubscribedBody: 'You will no longer receive these emails. You still see them in your notification centre.',
    invalidLink: 'This link is not valid.',
  },
  ar: {
    kinds: {
      'feeds.mention': 'أشار إليك {actor}{others}',
      'feeds.reply': 'ردّ عليك {actor}{others}',
      'feeds.reaction': 'تفاعل {actor}{others} مع منشورك',
      'feeds.announcement': 'إعلان جديد من {actor}',
      'feeds.must_read_reminder': 'تذكير: إعلان بانتظارك',
      'policies.acknowledgement_requested': 'سياسة بانتظار إقرارك',
      'policies.acknowledgement_reminder': 'تذكير: سياسة بانتظار إقرارك',
      'policies.overdue_escalation': 'لم يُقرّ {actor}{others} من فريقك بسياسة في موعدها',
      'policies.review_requested': 'طلب منك {actor} مراجعة مسودة سياسة',
      'policies.review_decided': 'راجع {actor} مسودة سياستك',
      'wiki.page_changed': 'عدّل {actor}{others} صفحة ويكي تتابعها',
      'wiki.page_created': 'أضاف {actor}{others} صفحة إلى مساحة ويكي تتابعها',
      'wiki.review_due': 'حان موعد مراجعة صفحة ويكي تملكها',
      'wiki.page_archived': 'أُرشفت صفحة ويكي تملكها: لم يتحقق منها أحد في الوقت المحدد',
      'training.assigned': 'لديك تدريب جديد لإكماله',
      'training.renewal': 'حان وقت تجديد تدريب قبل انتهاء صلاحيته',
      'training.due_soon': 'تذكير: موعد تدريب يقترب',
      'training.overdue': 'تدريب تجاوز موعده',
      'training.nudge': 'يذكّرك {actor} بإكمال تدريب',
      'training.overdue_escalation': 'تأخّر {actor}{others} من فريقك عن موعد تدريب',
    },
    generic: 'إشعار جديد من {actor}{others}',
    others: ' و{n} آخرون',
    open: 'افتح في Pillars',
    unsubscribe: 'إيقاف هذه الرسائل',
    digestDaily: 'ملخصك اليومي',
    digestWeekly: 'ملخصك الأسبوعي',
    more: 'و{n} أخرى',
    unavailable: 'شخص ما',
    unsubscribedTitle: 'تم إلغاء الاشتراك',
    unsubscribedBody: 'لن تتلقى هذه الرسائل بعد الآن. ستظل تراها في مركز الإشعارات.',
    invalidLink: 'هذا الرابط غير صالح.',
  },
  he: {
    kinds: {
      'feeds.mention': '{actor}{others} הזכיר/ה אותך',
      'feeds.reply': '{actor}{others} הגיב/ה לך',
      'feeds.reaction': '{actor}{others} הגיב/ה לפוסט שלך',
      'feeds.announcement': 'הודעה חדשה מאת {actor}',
      'feeds.must_read_reminder': 'תזכורת: הודעה ממתינה לך',
      'policies.acknowledgement_requested': 'מדיניות ממתינה לאישורך',
      'policies.acknowledgement_reminder': 'תזכורת: מדיניות ממתינה לאישורך',
      'policies.overdue_escalation': '{actor}{others} מהצוות שלך לא אישרו מדיניות בזמן',
      'policies.review_requested': '{actor} ביקש/ה ממך לסקור טיוטת מדיניות',
      'policies.review_decided': '{actor} סקר/ה את טיוטת המדיניות שלך',
      'wiki.page_changed': '{actor}{others} שינה/תה דף ויקי שאת/ה עוקב/ת אחריו',
      'wiki.page_created': '{actor}{others} הוסיף/ה דף למרחב ויקי שאת/ה עוקב/ת אחריו',
      'wiki.review_due': 'הגיע מועד הסקירה של דף ויקי בבעלותך',
      'wiki.page_archived': 'דף ויקי בבעלותך הועבר לארכיון: איש לא אימת אותו בזמן',
      'training.assigned': 'הוקצתה לך הדרכה חדשה',
      'training.renewal': 'הגיע הזמן לחדש הדרכה לפני שתוקפה יפוג',
      'training.due_soon': 'תזכורת: מועד הדרכה מתקרב',
      'training.overdue': 'הדרכה עברה את מועדה',
      'training.nudge': '{actor} מזכיר/ה לך להשלים הדרכה',
      'training.overdue_escalation': '{actor}{others} מהצוות שלך באיחור בהדרכה',
    },
    generic: 'התראה חדשה מאת {actor}{others}',
    others: ' ועוד {n}',
    open: 'פתיחה ב-Pillars',
    unsubscribe: 'הפסקת הודעות אלה',
    digestDaily: 'הסיכום היומי שלך',
    digestWeekly: 'הסיכום השבועי שלך',
    more: 'ועוד {n}',
    unavailable: 'מישהו',
    unsubscribedTitle: 'ההרשמה בוטלה',
    unsubscribedBody: 'לא תקבל/י עוד הודעות דוא"ל אלה. הן עדיין יופיעו במרכז ההתראות.',
    invalidLink: 'הקישור אינו תקף.',
  },
  it: {
    kinds: {
      'feeds.mention': '{actor}{others} ti ha menzionato',
      'feeds.reply': '{actor}{others} ti ha risposto',
      'feeds.reaction': '{actor}{others} ha reagito al tuo post',
      'feeds.announcement': 'Nuovo annuncio da {actor}',
      'feeds.must_read_reminder': 'Promemoria: un annuncio ti aspetta',
      'policies.acknowledgement_requested': 'Una policy attende la tua conferma',
      'policies.acknowledgement_reminder': 'Promemoria: una policy attende la tua conferma',
      'policies.overdue_escalation': '{actor}{others} del tuo team non hanno confermato una policy in tempo',
      'policies.review_requested': '{actor} ti ha chiesto di rivedere una bozza di policy',
      'policies.review_decided': '{actor} ha rivisto la tua bozza di policy',
      'wiki.page_changed': '{actor}{others} ha modificato una pagina wiki che segui',
      'wiki.page_created': '{actor}{others} ha aggiunto una pagina a uno spazio wiki che segui',
      'wiki.review_due': 'Una pagina wiki di cui sei responsabile va rivista',
      'wiki.page_archived': 'Una pagina wiki di cui sei responsabile è stata archiviata: nessuno l\'ha verificata in tempo',
      'training.assigned': 'Hai una nuova formazione da completare',
      'training.renewal': 'È ora di rinnovare una formazione prima che scada',
      'training.due_soon': 'Promemoria: una formazione è in scadenza',
      'training.overdue': 'Una formazione è in ritardo',
      'training.nudge': '{actor} ti ricorda di completare una formazione',
      'training.overdue_escalation': '{actor}{others} del tuo team sono in ritardo su una formazione',
    },
    generic: 'Nuova notifica da {actor}{others}',
    others: ' e altri {n}',
    open: 'Apri in Pillars',
    unsubscribe: 'Non ricevere più queste email',
    digestDaily: 'Il tuo riepilogo giornaliero',
    digestWeekly: 'Il tuo riepilogo settimanale',
    more: 'e altre {n}',
    unavailable: 'Qualcuno',
    unsubscribedTitle: 'Iscrizione annullata',
    unsubscribedBody: 'Non riceverai più queste email. Le vedrai comunque nel centro notifiche.',
    invalidLink: 'Questo link non è valido.',
  },
};

export const mailLocale = (locale: string | null | undefined): MailLocale => {
  const base = (locale ?? 'en').slice(0, 2).toLowerCase();
  return (MAIL_LOCALES as readonly string[]).includes(base) ? (base as MailLocale) : 'en';
};
