import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { RequestBody } from '../../api/models';
import { FormCard, FormField, Options } from '../../shared/forms';
import { todayInAmsterdam } from '../../shared/format';
import { choicesOf } from '../../shared/labels';
import { Loading } from '../../shared/ui';
import { DROPOUT_REASON_LABELS, SUBSIDY_DECISION_LABELS, programmePath, type Programme, type ReadyCandidate } from './programme-labels';
import {
  dropoutSchema,
  extendSchema,
  qualifySchema,
  startSchema,
  subsidySchema,
  switchSchema,
  type DropoutValues,
  type ExtendValues,
  type QualifyValues,
  type StartValues,
  type SubsidyValues,
  type SwitchValues,
} from './programme-schemas';
import { useDropout, useExtend, useQualify, useRoutes, useSaveSubsidy, useStartProgramme, useSwitchRoute } from './queries';

interface FormProps {
  programme: Programme;
  onClose: () => void;
}

/** Starting a placed candidate's programme; on success the programme's page opens. */
export function StartProgrammeForm({ candidate, onClose }: { candidate: ReadyCandidate; onClose: () => void }) {
  const routes = useRoutes();
  const navigate = useNavigate();
  const start = useStartProgramme((programmeId) => void navigate(programmePath(programmeId)));
  const form = useForm<StartValues, unknown, RequestBody<'StartProgrammeRequest'>>({
    resolver: zodResolver(startSchema),
    defaultValues: { candidateId: candidate.candidateId, route: '', startDate: '', conductCertificateDate: '' },
  });
  if (!routes.data) return <Loading />;
  return (
    <FormCard form={form} send={start} onClose={onClose} submit="Traject starten" testId="start-programme-form">
      <h3>
        Traject starten voor {candidate.candidateName} ({candidate.candidateReference})
      </h3>
      <FormField form={form} name="route" id="start-route" label="Route">
        <select required>
          <Options prompt="Kies een route" choices={routes.data.map((route) => [route.code, `${route.name} (${route.durationMonths} maanden)`])} />
        </select>
      </FormField>
      <FormField form={form} name="startDate" id="start-startDate" label="Startdatum van het traject" type="date" required />
      <FormField
        form={form}
        name="conductCertificateDate"
        id="start-vog"
        label="Datum VOG"
        hint="De datum waarop de VOG is afgegeven: hoogstens 6 maanden vóór de start."
        type="date"
        required
      />
    </FormCard>
  );
}

export function QualifyForm({ programme, onClose }: FormProps) {
  const qualify = useQualify(programme.id);
  const form = useForm<QualifyValues, unknown, RequestBody<'QualifyRequest'>>({
    resolver: zodResolver(qualifySchema),
    defaultValues: { qualifiedOn: todayInAmsterdam() },
  });
  return (
    <FormCard form={form} send={qualify} onClose={onClose} submit="Bevoegd verklaren" testId="qualify-form">
      <h3>Bevoegd</h3>
      <FormField form={form} name="qualifiedOn" id="qualify-date" label="Datum bekwaamheidsonderzoek behaald" type="date" required />
    </FormCard>
  );
}

export function DropoutForm({ programme, onClose }: FormProps) {
  const dropout = useDropout(programme.id);
  const form = useForm<DropoutValues, unknown, RequestBody<'DropoutRequest'>>({
    resolver: zodResolver(dropoutSchema),
    defaultValues: { droppedOutOn: todayInAmsterdam(), reason: '' as DropoutValues['reason'] },
  });
  return (
    <FormCard form={form} send={dropout} onClose={onClose} submit="Uitval vastleggen" testId="dropout-form" danger>
      <h3>Uitval vastleggen</h3>
      <p className="small muted">Kies een reden uit de lijst; leg geen gezondheidsgegevens vast.</p>
      <FormField form={form} name="droppedOutOn" id="dropout-date" label="Datum uitval" type="date" required />
      <FormField form={form} name="reason" id="dropout-reason" label="Reden">
        <select required>
          <Options prompt="Kies een reden" choices={choicesOf(DROPOUT_REASON_LABELS)} />
        </select>
      </FormField>
    </FormCard>
  );
}

export function ExtendForm({ programme, onClose }: FormProps) {
  const extend = useExtend(programme.id);
  const form = useForm<ExtendValues, unknown, RequestBody<'ExtendRequest'>>({ resolver: zodResolver(extendSchema), defaultValues: { months: '', reason: '' } });
  return (
    <FormCard form={form} send={extend} onClose={onClose} submit="Verlengen" testId="extend-form">
      <h3>Termijn verlengen</h3>
      <FormField form={form} name="months" id="extend-months" label="Aantal maanden" hint="1 tot 12 maanden; de fasen schuiven niet mee.">
        <input inputMode="numeric" required />
      </FormField>
      <FormField form={form} name="reason" id="extend-reason" label="Reden">
        <textarea rows={2} required />
      </FormField>
    </FormCard>
  );
}

export function SwitchRouteForm({ programme, onClose }: FormProps) {
  const routes = useRoutes();
  const navigate = useNavigate();
  const switchRoute = useSwitchRoute(programme.id, (programmeId) => void navigate(programmePath(programmeId)));
  const form = useForm<SwitchValues, unknown, RequestBody<'SwitchRouteRequest'>>({
    resolver: zodResolver(switchSchema),
    defaultValues: { route: '', startDate: '' },
  });
  if (!routes.data) return <Loading />;
  const others = routes.data.filter((route) => route.code !== programme.route);
  return (
    <FormCard form={form} send={switchRoute} onClose={onClose} submit="Route wisselen" testId="switch-route-form">
      <h3>Verder op een andere route</h3>
      <p className="small muted">Het huidige traject eindigt de dag vóór de start; het nieuwe houdt het cohort en de subsidie.</p>
      <FormField form={form} name="route" id="switch-route" label="Nieuwe route">
        <select required>
          <Options prompt="Kies een route" choices={others.map((route) => [route.code, route.name])} />
        </select>
      </FormField>
      <FormField form={form} name="startDate" id="switch-startDate" label="Startdatum op de nieuwe route" type="date" required />
    </FormCard>
  );
}

export function SubsidyForm({ programme, onClose }: FormProps) {
  const save = useSaveSubsidy(programme.id);
  const subsidy = programme.subsidy;
  const form = useForm<SubsidyValues, unknown, RequestBody<'SubsidyRequest'>>({
    resolver: zodResolver(subsidySchema),
    defaultValues: {
      appliedOn: subsidy?.appliedOn ?? '',
      amount: subsidy ? String(subsidy.amount) : '',
      decision: subsidy?.decision ?? '',
      decidedOn: subsidy?.decidedOn ?? '',
      amountSpent: subsidy ? String(subsidy.amountSpent) : '',
    },
  });
  return (
    <FormCard form={form} send={save} onClose={onClose} submit="Subsidie opslaan" testId="subsidy-form">
      <h3>Subsidie zij-instroom</h3>
      <FormField form={form} name="appliedOn" id="subsidy-appliedOn" label="Aangevraagd op" type="date" required />
      <FormField form={form} name="amount" id="subsidy-amount" label="Bedrag in euro’s" hint="Hoogstens € 25.000 per persoon.">
        <input inputMode="decimal" required />
      </FormField>
      <FormField form={form} name="decision" id="subsidy-decision" label="Besluit DUO (niet verplicht)">
        <select>
          <Options all="Nog geen besluit" choices={choicesOf(SUBSIDY_DECISION_LABELS)} />
        </select>
      </FormField>
      <FormField form={form} name="decidedOn" id="subsidy-decidedOn" label="Datum besluit DUO (niet verplicht)" type="date" />
      <FormField form={form} name="amountSpent" id="subsidy-amountSpent" label="Besteed bedrag in euro’s (niet verplicht)">
        <input inputMode="decimal" />
      </FormField>
    </FormCard>
  );
}
