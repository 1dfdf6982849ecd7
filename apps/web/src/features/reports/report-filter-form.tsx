import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { z } from 'zod';
import type { Board, Route } from '../../api/models';
import { applyApiErrors, FormError, FormField, Options } from '../../shared/forms';
import { todayInAmsterdam } from '../../shared/format';
import { choicesOf, REGION_LABELS } from '../../shared/labels';
import { schoolYearChoices } from './report-format';
import type { ReportFilters } from './report-filters';

const filterSchema = z.object({
  schoolYear: z.string(),
  region: z.string(),
  boardId: z.string(),
  route: z.string(),
  asOf: z.union([z.literal(''), z.iso.date('Vul een bestaande datum in.')]),
});
type FilterValues = z.infer<typeof filterSchema>;

interface FilterFormProps {
  filters: ReportFilters;
  /** A board user: the server shows their own board only, so there is no board (or region) to choose. */
  ownBoardOnly: boolean;
  boards: Board[];
  routes: Route[];
  onFilter: (filters: ReportFilters) => void;
  /** Why the API refused the filters in the address (a day in the future): shown at the field it names. */
  error: unknown;
}

/** The dashboard's filters; what is chosen goes into the address (the page reads it back from there). */
export function ReportFilterForm({ filters, ownBoardOnly, boards, routes, onFilter, error }: FilterFormProps) {
  const form = useForm<FilterValues>({
    resolver: zodResolver(filterSchema),
    defaultValues: {
      schoolYear: filters.schoolYear ?? '',
      region: filters.region ?? '',
      boardId: filters.boardId ?? '',
      route: filters.route ?? '',
      asOf: filters.asOf ?? '',
    },
  });
  // The address was checked by the API when the figures were asked for: its refusal goes on the fields (the first one focused).
  useEffect(() => {
    if (error) applyApiErrors(form, error);
  }, [error, form]);
  const submit = form.handleSubmit((values) => onFilter(Object.fromEntries(Object.entries(values).filter(([, value]) => value !== '')) as ReportFilters));
  const schoolYears = schoolYearChoices(todayInAmsterdam(), filters.schoolYear).map((year): [string, string] => [year, year]);
  return (
    <form className="filters report-filters" onSubmit={submit} role="search" aria-label="Cijfers filteren" noValidate>
      <FormField form={form} name="schoolYear" id="report-school-year" label="Schooljaar (cohort)">
        <select>
          <Options all="Alle schooljaren" choices={schoolYears} />
        </select>
      </FormField>
      {!ownBoardOnly && (
        <>
          <FormField form={form} name="region" id="report-region" label="Regio">
            <select>
              <Options all="Alle regio's" choices={choicesOf(REGION_LABELS)} />
            </select>
          </FormField>
          <FormField form={form} name="boardId" id="report-board" label="Schoolbestuur">
            <select>
              <Options all="Alle schoolbesturen" choices={boards.map((board): [string, string] => [board.id, board.name])} />
            </select>
          </FormField>
        </>
      )}
      <FormField form={form} name="route" id="report-route" label="Route">
        <select>
          <Options all="Alle routes" choices={routes.map((route): [string, string] => [route.code, route.name])} />
        </select>
      </FormField>
      <FormField form={form} name="asOf" id="report-as-of" label="Peildatum" hint="Leeg: vandaag" type="date" />
      <FormError form={form} />
      <button type="submit">Cijfers tonen</button>
      <Link to={{ search: '' }} className="report-reset">
        Filters wissen
      </Link>
    </form>
  );
}
