/** The page of one tab of the editor. */
import type { EditorTab } from '../app/routes.ts';
import { FilesTab } from './files/FilesTab.tsx';
import { AnswersTab } from './tabs/AnswersTab.tsx';
import { BudgetTab } from './tabs/BudgetTab.tsx';
import { ConsortiumTab } from './tabs/ConsortiumTab.tsx';
import { GeneralTab } from './tabs/GeneralTab.tsx';
import { OutcomeTab } from './tabs/OutcomeTab.tsx';
import { PartATab } from './tabs/PartATab.tsx';
import { ParticipantsTab } from './tabs/ParticipantsTab.tsx';
import { PartnersTab } from './tabs/PartnersTab.tsx';
import { ReviewTab } from './tabs/ReviewTab.tsx';
import { SubmissionsTab } from './tabs/SubmissionsTab.tsx';
import { WorkPlanTab } from './tabs/WorkPlanTab.tsx';

export function TabPage({ tab }: { tab: EditorTab }) {
  switch (tab) {
    case 'general':
      return <GeneralTab />;
    case 'consortium':
      return <ConsortiumTab />;
    case 'participants':
      return <ParticipantsTab />;
    case 'work-plan':
      return <WorkPlanTab />;
    case 'budget':
      return <BudgetTab />;
    case 'answers':
      return <AnswersTab />;
    case 'part-a':
      return <PartATab />;
    case 'files':
      return <FilesTab />;
    case 'review':
      return <ReviewTab />;
    case 'submissions':
      return <SubmissionsTab />;
    case 'partners':
      return <PartnersTab />;
    case 'outcome':
      return <OutcomeTab />;
  }
}
