// Runs before the app: applies the saved colour scheme and language direction so the first paint
// is already right (Mantine's inline ColorSchemeScript is blocked by our Content-Security-Policy).
(function () {
  const html = document.documentElement;
  try {
    let scheme = localStorage.getItem('mantine-color-scheme-value');
    if (scheme !== 'light' && scheme !== 'dark') scheme = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    html.setAttribute('data-mantine-color-scheme', scheme);
    const locale = localStorage.getItem('pillars.locale');
    if (locale === 'ar' || locale === 'he' || locale === 'en' || locale === 'it') {
      html.setAttribute('lang', locale);
      html.setAttribute('dir', locale === 'ar' || locale === 'he' ? 'rtl' : 'ltr');
    }
  } catch {
    html.setAttribute('data-mantine-color-scheme', 'light');
  }
})();
