// What a licence page says when the serial is not one of the account's (or not a serial at all).
import { Link } from 'react-router';
import { errorSentence } from '../../lib/i18n/errorSentences';
import { useI18n } from '../../lib/i18n/useI18n';
import { paths } from '../../lib/paths';
import { PageHeading } from '../../lib/ui/PageHeading';

export function LicenceNotFound() {
  const { language, messages } = useI18n();
  return (
    <div className="licence-detail">
      <PageHeading>{messages.licenceNotFoundTitle}</PageHeading>
      <div className="card notice">
        <p>{errorSentence('LicenceLookupErrorCode', 'NOT_FOUND', language)}</p>
        <ul className="link-list">
          <li>
            <Link to={paths.licences}>{messages.backToLicences}</Link>
          </li>
          <li>
            <Link to={paths.findSerial}>{messages.findSerialTitle}</Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
