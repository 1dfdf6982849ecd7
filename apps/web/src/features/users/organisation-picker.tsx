import type { Path, UseFormReturn } from 'react-hook-form';
import type { Board, Institute, Role } from '../../api/models';
import { FormField, Options } from '../../shared/forms';
import { label, REGION_LABELS } from '../../shared/labels';

interface Affiliated {
  role: Role;
  boardId: string;
  instituteId: string;
}

interface PickerProps<Values extends Affiliated> {
  form: Pick<UseFormReturn<Values>, 'register' | 'formState'>;
  role: Role;
  /** The start of the fields' ids: `<idPrefix>-board`, `<idPrefix>-institute`. */
  idPrefix: string;
  boards: Board[];
  institutes: Institute[];
}

/** " (gedeactiveerd)" after a deactivated organisation that is still offered because the user belongs to it. */
const inactive = (organisation: { active: boolean }) => (organisation.active ? '' : ' (gedeactiveerd)');

/** The board of a board user, the institute of an institute user; nothing for the other roles. */
export function OrganisationPicker<Values extends Affiliated>({ form, role, idPrefix, boards, institutes }: PickerProps<Values>) {
  // The names are asserted: TypeScript cannot resolve `Path<Values>` of a generic form, and `Values extends Affiliated` guarantees them.
  if (role === 'board')
    return (
      <FormField form={form} name={'boardId' as Path<Values>} id={`${idPrefix}-board`} label="Schoolbestuur">
        <select required>
          <Options
            prompt="Kies een schoolbestuur"
            choices={boards.map((board) => [board.id, `${board.name} (${label(REGION_LABELS, board.region)})${inactive(board)}`])}
          />
        </select>
      </FormField>
    );
  if (role === 'institute')
    return (
      <FormField form={form} name={'instituteId' as Path<Values>} id={`${idPrefix}-institute`} label="Lerarenopleiding">
        <select required>
          <Options prompt="Kies een lerarenopleiding" choices={institutes.map((institute) => [institute.id, `${institute.name}${inactive(institute)}`])} />
        </select>
      </FormField>
    );
  return null;
}
