// The staff console (/staff/*), one lazily loaded chunk: its menu and its pages (overview, bank
// statements, review queue, archive). An address under /staff it does not know leads home.
import { Navigate, NavLink, Route, Routes } from 'react-router';
import { paths } from '../../lib/paths';
import { ArchivePage } from './archive/ArchivePage';
import { useStaffMessages } from './messages';
import { OverviewPage } from './overview/OverviewPage';
import { ReviewPage } from './review/ReviewPage';
import { StatementsPage } from './statements/StatementsPage';

function StaffNav() {
  const words = useStaffMessages();
  return (
    <nav className="staff-nav" aria-label={words.consoleNavLabel}>
      <ul>
        <li>
          <NavLink to={paths.staff} end>
            {words.overviewTitle}
          </NavLink>
        </li>
        <li>
          <NavLink to={paths.staffStatements}>{words.statementsTitle}</NavLink>
        </li>
        <li>
          <NavLink to={paths.staffReview}>{words.reviewTitle}</NavLink>
        </li>
        <li>
          <NavLink to={paths.staffArchive}>{words.archiveTitle}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

export function StaffConsole() {
  return (
    <div className="staff-console">
      <StaffNav />
      <Routes>
        <Route index element={<OverviewPage />} />
        <Route path="statements" element={<StatementsPage />} />
        <Route path="review" element={<ReviewPage />} />
        <Route path="archive" element={<ArchivePage />} />
        <Route path="*" element={<Navigate to={paths.home} replace />} />
      </Routes>
    </div>
  );
}
