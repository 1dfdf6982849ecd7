import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { CandidateDetail, RequestBody } from '../../api/models';
import { isCentralDesk, useViewer } from '../../app/auth';
import { FormCard, FormField, Options, useOpenForm } from '../../shared/forms';
import { ActionButton, SectionCard } from '../../shared/ui';
import { routeMayChange } from '../../../../../libs/candidates/src/domain/candidate-route.policy';
import { useChangeCandidateRoute, useRoutes } from './queries';

const changeSchema = z.object({ route: z.string().min(1, 'Kies een route.') });

type CandidateWithTag = CandidateDetail & { etag: string | null };

/** "Route": the route the candidate intends to take; the desk changes it until the programme starts (R1 still holds). */
export function CandidateRouteSection({ candidate }: { candidate: CandidateWithTag }) {
  const viewer = useViewer();
  const routes = useRoutes();
  const { mode, open, close } = useOpenForm<'change'>('route-title');
  const route = routes.data?.find((known) => known.code === candidate.route);
  const mayChange = isCentralDesk(viewer) && routeMayChange(candidate.stage);
  return (
    <SectionCard name="route" title="Route">
      <p>
        <strong data-testid="candidate-route">{route?.name ?? candidate.route}</strong>
        {route && (
          <span className="small muted">
            {' '}
            ({route.durationMonths} maanden, geschiktheidsonderzoek {route.assessmentRequired ? 'nodig' : 'niet nodig'})
          </span>
        )}
      </p>
      {mayChange && mode === null && <ActionButton onClick={() => open('change')}>Route wijzigen</ActionButton>}
      {mode === 'change' && <ChangeRouteForm candidate={candidate} onClose={close} />}
    </SectionCard>
  );
}

function ChangeRouteForm({ candidate, onClose }: { candidate: CandidateWithTag; onClose: () => void }) {
  const routes = useRoutes();
  const change = useChangeCandidateRoute(candidate.id, candidate.etag);
  const form = useForm<{ route: string }, unknown, RequestBody<'ChangeCandidateRouteRequest'>>({
    resolver: zodResolver(changeSchema),
    defaultValues: { route: candidate.route },
  });
  // Only the active routes that accept the candidate's degree level (R1); the server checks it again.
  const fitting = (routes.data ?? []).filter((route) => route.active && route.degreeLevels.includes(candidate.degreeLevel as never));
  return (
    <FormCard form={form} send={change} onClose={onClose} submit="Route opslaan" testId="route-change-form">
      <h3>Route wijzigen</h3>
      <FormField form={form} name="route" id="candidate-route" label="Route" hint="Alleen routes die bij de opleiding van de kandidaat passen.">
        <select required>
          <Options choices={fitting.map((route) => [route.code, route.name])} />
        </select>
      </FormField>
    </FormCard>
  );
}
