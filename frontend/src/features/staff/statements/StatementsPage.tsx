// 入金明細の取り込み (/staff/statements): upload a bank statement and see what it did; below, the
// statements imported so far.
import { useState } from 'react';
import { PageHeading } from '../../../lib/ui/PageHeading';
import { useStaffMessages } from '../messages';
import { ImportHistory } from './ImportHistory';
import { useStatementMessages } from './messages';
import { StatementUpload } from './StatementUpload';

export function StatementsPage() {
  const staffWords = useStaffMessages();
  const words = useStatementMessages();
  // A new import heads the history: it is asked afresh from its first page.
  const [imports, setImports] = useState(0);
  return (
    <div className="staff-statements">
      <PageHeading>{staffWords.statementsTitle}</PageHeading>
      <p className="lead">{words.intro}</p>
      <StatementUpload onImported={() => setImports((count) => count + 1)} />
      <ImportHistory key={imports} />
    </div>
  );
}
