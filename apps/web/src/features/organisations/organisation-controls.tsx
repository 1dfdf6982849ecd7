import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import type { RequestBody } from '../../api/models';
import { FormCard, FormField, useOpenForm } from '../../shared/forms';
import { ErrorMessage, errorText } from '../../shared/ui';
import { renameSchema } from './organisation-forms';
import { useUpdateOrganisation } from './queries';

type Kind = 'board' | 'institute';

interface Organisation {
  id: string;
  name: string;
  active: boolean;
}

/** "Actief" or "Gedeactiveerd", beside the organisation's name. */
export function OrganisationStatus({ active }: { active: boolean }) {
  return <span className={active ? 'badge' : 'badge organisation-inactive'}>{active ? 'Actief' : 'Gedeactiveerd'}</span>;
}

const WHAT: Record<Kind, string> = { board: 'Dit schoolbestuur', institute: 'Deze lerarenopleiding' };

interface ControlsProps {
  kind: Kind;
  organisation: Organisation;
  /** The id of the element that names the organisation: the focus returns there when the rename form closes. */
  titleId: string;
}

/**
 * "Naam wijzigen" (a small form in place of the buttons) and "Deactiveren" / "Weer activeren". A
 * deactivated organisation keeps its users and history but gets no new users, so it is asked first.
 */
export function OrganisationControls({ kind, organisation, titleId }: ControlsProps) {
  const rename = useUpdateOrganisation(kind, organisation.id);
  const toggle = useUpdateOrganisation(kind, organisation.id);
  const { mode, open, close } = useOpenForm<'rename'>(titleId);
  const idPrefix = `${kind}-${organisation.id}`;
  const onToggle = () => {
    if (
      organisation.active &&
      !window.confirm(
        `${organisation.name} deactiveren? ${WHAT[kind]} krijgt dan geen nieuwe gebruikers; bestaande gebruikers en de geschiedenis blijven bewaard.`,
      )
    )
      return;
    rename.reset();
    toggle.mutate({ active: !organisation.active });
  };
  return (
    <>
      {/* Always in the page, so a screen reader announces the message when it appears. */}
      <div role="status" aria-live="polite">
        {rename.isSuccess && <p className="alert alert-success">De naam is gewijzigd in {rename.data.name}.</p>}
        {toggle.isSuccess && (
          <p className="alert alert-success">
            {toggle.data.name} is {toggle.data.active ? 'weer actief' : 'gedeactiveerd'}.
          </p>
        )}
      </div>
      <ErrorMessage>{toggle.error ? errorText(toggle.error) : ''}</ErrorMessage>
      {mode === 'rename' ? (
        <RenameForm idPrefix={idPrefix} name={organisation.name} rename={rename} onClose={close} />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            onClick={() => {
              rename.reset();
              toggle.reset();
              open('rename');
            }}
          >
            Naam wijzigen
          </button>
          <button type="button" className="secondary" disabled={toggle.isPending} onClick={onToggle}>
            {organisation.active ? 'Deactiveren' : 'Weer activeren'}
          </button>
        </div>
      )}
    </>
  );
}

interface RenameProps {
  idPrefix: string;
  name: string;
  rename: ReturnType<typeof useUpdateOrganisation>;
  onClose: () => void;
}

/** The new name, checked for blanks here and for duplicates by the API; either message shows on the field. */
function RenameForm({ idPrefix, name, rename, onClose }: RenameProps) {
  const form = useForm<{ name: string }, unknown, RequestBody<'UpdateOrganisationRequest'>>({ resolver: zodResolver(renameSchema), defaultValues: { name } });
  // The form takes the place of the button that opened it: the keyboard lands in its field.
  useEffect(() => form.setFocus('name'), [form]);
  return (
    <FormCard form={form} send={rename} onClose={onClose} submit="Naam opslaan" testId={`${idPrefix}-rename`}>
      <h3>Naam wijzigen</h3>
      <FormField form={form} name="name" id={`${idPrefix}-rename-name`} label="Nieuwe naam" type="text" required />
    </FormCard>
  );
}
