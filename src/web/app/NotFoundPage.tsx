import { LinkButton } from '../components/LinkButton.tsx';
import { useI18n } from '../i18n/useI18n.ts';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <div className="empty-page">
      <p>{t('app.notFound')}</p>
      <LinkButton to="/overview">{t('app.backHome')}</LinkButton>
    </div>
  );
}
