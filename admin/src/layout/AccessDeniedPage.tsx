import { AccessDenied, Title, useTranslate } from 'react-admin';

/** react-admin's access-denied page with a title, so the page says where the user is (h1, document title). */
export const AccessDeniedPage = () => {
  const translate = useTranslate();
  return (
    <>
      <Title title={translate('ra.page.access_denied')} />
      <AccessDenied />
    </>
  );
};
