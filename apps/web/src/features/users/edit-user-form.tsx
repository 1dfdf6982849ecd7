import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Board, Institute, ManagedUser, RequestBody } from '../../api/models';
import { applyApiErrors, FormError, FormField, Options } from '../../shared/forms';
import { choicesOf, ROLE_LABELS } from '../../shared/labels';
import { OrganisationPicker } from './organisation-picker';
import type { useUpdateUser } from './queries';
import { editUserSchema, editValuesOf, type EditUserValues } from './user-form';

interface EditUserFormProps {
  user: ManagedUser;
  /** Active boards and institutes, and the user's own even when it was deactivated since. */
  boards: Board[];
  institutes: Institute[];
  update: ReturnType<typeof useUpdateUser>;
  onClose: () => void;
}

/**
 * "Bewerken": an admin changes a user's name, role and organisation. The API's refusals land on the
 * fields (the last active administrator keeps the role, explained); saving closes the form.
 */
export function EditUserForm({ user, boards, institutes, update, onClose }: EditUserFormProps) {
  const form = useForm<EditUserValues, unknown, RequestBody<'UpdateUserRequest'>>({ resolver: zodResolver(editUserSchema), defaultValues: editValuesOf(user) });
  const role = useWatch({ control: form.control, name: 'role' });
  // The form opens below the list: the keyboard lands in its first field.
  useEffect(() => form.setFocus('name'), [form]);
  const onSubmit = form.handleSubmit((body) => update.mutate({ id: user.id, body }, { onSuccess: onClose, onError: (error) => applyApiErrors(form, error) }));
  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby="user-edit-title" data-testid="user-edit-form" noValidate>
      <h2 id="user-edit-title">{user.name} bewerken</h2>
      <p className="small muted">{user.email}</p>
      <FormField form={form} name="name" id="user-edit-name" label="Naam">
        <input required />
      </FormField>
      <FormField form={form} name="role" id="user-edit-role" label="Rol">
        <select>
          <Options choices={choicesOf(ROLE_LABELS)} />
        </select>
      </FormField>
      <OrganisationPicker form={form} role={role} idPrefix="user-edit" boards={boards} institutes={institutes} />
      <FormError form={form} />
      <div className="actions">
        <button type="submit" disabled={update.isPending}>
          Wijzigingen opslaan
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Terug
        </button>
      </div>
    </form>
  );
}
