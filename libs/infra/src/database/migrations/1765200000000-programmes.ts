import { SqlMigration } from './sql-migration';

/** Programmes (trajecten) with their extensions, the board's subsidy per person and the board's repayment tasks (R8, R11). */
export class Programmes1765200000000 extends SqlMigration {
  name = 'Programmes1765200000000';

  protected readonly upSql = `
      CREATE TABLE programmes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL REFERENCES candidates(id),
        -- The board and placement at the start; a board user sees the programmes of its own board (R14).
        board_id uuid NOT NULL REFERENCES boards(id),
        placement_id uuid NOT NULL REFERENCES placements(id),
        -- The first day of the placement: the soft landing is its first 3 calendar months.
        placement_start_date date NOT NULL,
        route text NOT NULL,
        -- The route's duration when the programme started: routes are data and may change later.
        duration_months integer NOT NULL CHECK (duration_months BETWEEN 1 AND 120),
        start_date date NOT NULL,
        -- The issue date of the VOG. The product never starts a programme without one; history imported
        -- from before the product may lack it, and the list then asks for attention.
        conduct_certificate_date date,
        -- The school year of the start of the person's first programme: a route switch keeps it.
        cohort text NOT NULL CHECK (cohort ~ '^[0-9]{4}-[0-9]{4}$'),
        -- Start + the route's duration - 1 day; the phases count from it, extensions do not move it.
        original_planned_end date NOT NULL,
        extension_months integer NOT NULL DEFAULT 0 CHECK (extension_months >= 0),
        planned_end date NOT NULL,
        status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'qualified', 'dropped_out', 'term_expired', 'route_switched')),
        ended_on date,
        dropout_reason text,
        dropout_phase text CHECK (dropout_phase IN ('soft_landing', 'year_1', 'year_2', 'overdue')),
        -- The programme this one continues after a route switch.
        previous_programme_id uuid UNIQUE REFERENCES programmes(id),
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id),
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT programmes_end CHECK ((status = 'running') = (ended_on IS NULL)),
        CONSTRAINT programmes_dropout CHECK ((status = 'dropped_out') = (dropout_reason IS NOT NULL) AND (dropout_reason IS NULL) = (dropout_phase IS NULL)),
        CONSTRAINT programmes_planned_end CHECK (original_planned_end >= start_date AND planned_end >= original_planned_end),
        CONSTRAINT programmes_conduct_certificate_before_start CHECK (conduct_certificate_date IS NULL OR conduct_certificate_date <= start_date)
      );
      -- At most one running programme per candidate, also under concurrent requests.
      CREATE UNIQUE INDEX programmes_one_running_key ON programmes (candidate_id) WHERE status = 'running';
      CREATE INDEX programmes_board_idx ON programmes (board_id, start_date DESC, id);
      CREATE INDEX programmes_candidate_idx ON programmes (candidate_id, start_date);
      CREATE INDEX programmes_cohort_idx ON programmes (cohort);
      -- The daily term-expiry sweep reads the running programmes past their planned end.
      CREATE INDEX programmes_running_end_idx ON programmes (planned_end) WHERE status = 'running';

      -- A manual override of the term: each one kept with its reason (and shown in reports).
      CREATE TABLE programme_extensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes(id),
        months integer NOT NULL CHECK (months BETWEEN 1 AND 24),
        reason text NOT NULL,
        planned_end_before date NOT NULL,
        planned_end_after date NOT NULL,
        created_at timestamptz NOT NULL,
        created_by uuid REFERENCES users(id)
      );
      CREATE INDEX programme_extensions_programme_idx ON programme_extensions (programme_id, created_at);

      -- The board's subsidy zij-instroom at DUO: once per person (candidate), tracked on the programme it was applied for.
      CREATE TABLE subsidies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        candidate_id uuid NOT NULL UNIQUE REFERENCES candidates(id),
        programme_id uuid NOT NULL REFERENCES programmes(id),
        applied_on date NOT NULL,
        amount numeric(8,2) NOT NULL CHECK (amount > 0 AND amount <= 25000),
        decision text CHECK (decision IN ('granted', 'refused')),
        decided_on date,
        amount_spent numeric(8,2) NOT NULL DEFAULT 0 CHECK (amount_spent >= 0 AND amount_spent <= amount),
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT subsidies_decision CHECK ((decision IS NULL) = (decided_on IS NULL) AND (decided_on IS NULL OR decided_on >= applied_on)),
        CONSTRAINT subsidies_refused_unspent CHECK (decision IS DISTINCT FROM 'refused' OR amount_spent = 0)
      );

      -- A task for the board, kept until it marks it done: e.g. tell DUO at once that the person stopped early.
      CREATE TABLE programme_tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        programme_id uuid NOT NULL REFERENCES programmes(id),
        board_id uuid NOT NULL REFERENCES boards(id),
        kind text NOT NULL CHECK (kind IN ('report_repayment_to_duo')),
        created_at timestamptz NOT NULL,
        done_at timestamptz,
        done_by uuid REFERENCES users(id),
        UNIQUE (programme_id, kind),
        CONSTRAINT programme_tasks_done CHECK (done_by IS NULL OR done_at IS NOT NULL)
      );
      CREATE INDEX programme_tasks_board_open_idx ON programme_tasks (board_id, created_at) WHERE done_at IS NULL;
    `;

  protected readonly downSql = `DROP TABLE programme_tasks, subsidies, programme_extensions, programmes`;
}
