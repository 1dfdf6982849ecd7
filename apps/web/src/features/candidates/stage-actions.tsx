import { zodResolver } from '@hookform/resolvers/zod';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { CandidateDetail } from '../../api/models';
import { applyApiErrors, FormError, FormField } from '../../shared/forms';
import { focusById } from '../../shared/ui';
import { isStale, type StageCommand } from './queries';

/** The candidate's name above the stage: the focus lands here after a command, whose button may be gone then. */
export const CANDIDATE_TITLE_ID = 'candidate-title';

type ReasonCommand = 'reject' | 'withdraw';
type Command = UseMutationResult<unknown, Error, StageCommand>;

/** Start screening, reject or record a withdrawal: whichever the current stage allows. */
export function StageActions({ candidate, command }: { candidate: CandidateDetail; command: Command }) {
  const [reasonFor, setReasonFor] = useState<ReasonCommand | null>(null);
  const allowed = new Set<string>(candidate.allowedCommands ?? []);
  const busy = command.isPending;
  const closeReason = () => {
    setReasonFor(null);
    focusById(CANDIDATE_TITLE_ID);
  };
  return (
    <>
      {(allowed.has('screening') || allowed.has('reject') || allowed.has('withdraw')) && (
        <div className="actions" role="group" aria-label="Acties">
          {allowed.has('screening') && (
            <button type="button" disabled={busy} onClick={() => command.mutate({ command: 'screening' }, { onSuccess: () => focusById(CANDIDATE_TITLE_ID) })}>
              Start screening
            </button>
          )}
          {allowed.has('reject') && (
            <button type="button" className="danger" disabled={busy} onClick={() => setReasonFor('reject')}>
              Afwijzen
            </button>
          )}
          {allowed.has('withdraw') && (
            <button type="button" className="secondary" disabled={busy} onClick={() => setReasonFor('withdraw')}>
              Teruggetrokken
            </button>
          )}
        </div>
      )}
      {reasonFor && <ReasonForm key={reasonFor} kind={reasonFor} command={command} onClose={closeReason} />}
    </>
  );
}

const reasonSchemas = {
  reject: z.object({ reason: z.string().trim().min(1, 'Vul de reden van afwijzing in.') }),
  withdraw: z.object({ reason: z.string().trim() }),
};

type ReasonValues = z.input<typeof reasonSchemas.reject>;

const TEXTS = {
  reject: { title: 'Kandidaat afwijzen', field: 'Reden van afwijzing', submit: 'Afwijzing bevestigen' },
  withdraw: { title: 'Kandidaat heeft zich teruggetrokken', field: 'Reden van terugtrekken (niet verplicht)', submit: 'Terugtrekking bevestigen' },
};

function ReasonForm({ kind, command, onClose }: { kind: ReasonCommand; command: Command; onClose: () => void }) {
  const form = useForm<ReasonValues>({ resolver: zodResolver(reasonSchemas[kind]), defaultValues: { reason: '' } });
  const isReject = kind === 'reject';
  const onSubmit = form.handleSubmit(({ reason }) =>
    // A stale page (412) is told above the actions, with the offer to reload; other errors show in the form.
    command.mutate({ command: kind, reason }, { onSuccess: onClose, onError: (error) => (isStale(error) ? onClose() : applyApiErrors(form, error)) }),
  );
  return (
    <form className="card form" onSubmit={onSubmit} noValidate>
      <h2>{TEXTS[kind].title}</h2>
      <FormField form={form} name="reason" id={`reason-${kind}`} label={TEXTS[kind].field}>
        <textarea rows={3} required={isReject} />
      </FormField>
      <FormError form={form} />
      <div className="actions">
        <button type="submit" className={isReject ? 'danger' : ''} disabled={command.isPending}>
          {TEXTS[kind].submit}
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
