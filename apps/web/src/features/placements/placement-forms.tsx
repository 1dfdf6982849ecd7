import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { CheckboxField, FormCard, FormField, Options } from '../../shared/forms';
import { todayInAmsterdam } from '../../shared/format';
import { Loading } from '../../shared/ui';
import { useBoards, useSchools } from '../organisations/queries';
import { declineSchema, placementSchema, proposalSchema, type DeclineValues, type PlacementValues, type ProposalValues } from './placement-schemas';
import { useDeclineProposal, usePlaceCandidate, usePropose, type PlacementBody, type ProposalBody } from './queries';

interface PlacementFormProps {
  candidateId: string;
  candidateName: string;
  boardId: string;
  onClose: () => void;
}

/** Places a candidate at one of the board's schools: start date, FTE and whether it is supernumerary (boven-formatief). */
export function PlacementForm({ candidateId, candidateName, boardId, onClose }: PlacementFormProps) {
  const schools = useSchools(boardId, true);
  const place = usePlaceCandidate();
  const form = useForm<PlacementValues, unknown, PlacementBody>({
    resolver: zodResolver(placementSchema),
    defaultValues: { candidateId, schoolId: '', startDate: todayInAmsterdam(), fte: '1,0', supernumerary: true },
  });
  if (!schools.data) return <Loading />;
  return (
    <FormCard form={form} send={place} onClose={onClose} submit="Plaatsen" testId="placement-form">
      <h3>{candidateName} plaatsen</h3>
      <FormField form={form} name="schoolId" id="placement-school" label="School">
        <select required>
          <Options prompt="Kies een school" choices={schools.data.map((school) => [school.id, `${school.name} (${school.city})`])} />
        </select>
      </FormField>
      <FormField form={form} name="startDate" id="placement-startDate" label="Startdatum" type="date" required />
      <FormField form={form} name="fte" id="placement-fte" label="FTE" hint="Van 0,1 tot en met 1,0, bijvoorbeeld 0,8.">
        <input inputMode="decimal" required />
      </FormField>
      <CheckboxField
        id="placement-supernumerary"
        label="Boven-formatief (telt als een van de opgegeven plaatsen in het schooljaar van de startdatum)"
        registration={form.register('supernumerary')}
      />
    </FormCard>
  );
}

/** The central desk proposes a candidate to a board ("Voorstellen aan schoolbestuur"). */
export function ProposalForm({ candidateId, candidateName, onClose }: { candidateId: string; candidateName: string; onClose: () => void }) {
  const boards = useBoards();
  const propose = usePropose();
  const form = useForm<ProposalValues, unknown, ProposalBody>({ resolver: zodResolver(proposalSchema), defaultValues: { candidateId, boardId: '', note: '' } });
  if (!boards.data) return <Loading />;
  return (
    <FormCard form={form} send={propose} onClose={onClose} submit="Voorstellen" testId="proposal-form">
      <h3>{candidateName} voorstellen aan een schoolbestuur</h3>
      <FormField form={form} name="boardId" id="proposal-board" label="Schoolbestuur">
        <select required>
          <Options prompt="Kies een schoolbestuur" choices={boards.data.filter((board) => board.active).map((board) => [board.id, board.name])} />
        </select>
      </FormField>
      <FormField form={form} name="note" id="proposal-note" label="Toelichting voor het schoolbestuur (niet verplicht)">
        <textarea rows={3} />
      </FormField>
    </FormCard>
  );
}

/** The board declines a proposal with a reason ("Afwijzen"). */
export function DeclineForm({ proposalId, candidateName, onClose }: { proposalId: string; candidateName: string; onClose: () => void }) {
  const decline = useDeclineProposal(proposalId);
  const form = useForm<DeclineValues, unknown, { reason: string }>({ resolver: zodResolver(declineSchema), defaultValues: { reason: '' } });
  return (
    <FormCard form={form} send={decline} onClose={onClose} submit="Afwijzen" testId="decline-form" danger>
      <h3>Voorstel voor {candidateName} afwijzen</h3>
      <FormField form={form} name="reason" id="decline-reason" label="Reden">
        <textarea rows={3} required />
      </FormField>
    </FormCard>
  );
}
