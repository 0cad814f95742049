import { useI18n } from '../i18n/useI18n.ts';
import { GlobeIcon } from './icons.tsx';

/** Switches between Persian and English; the button names the other language. */
export function LanguageSwitch({ className }: { className?: string }) {
  const { t, locale, toggleLocale } = useI18n();
  return (
    <button
      type="button"
      className={['btn btn-ghost lang-switch', className ?? ''].filter(Boolean).join(' ')}
      onClick={toggleLocale}
      title={t('lang.switchLabel')}
      lang={locale === 'fa' ? 'en' : 'fa'}
    >
      <GlobeIcon />
      <span>{t('lang.switchTo')}</span>
    </button>
  );
}
